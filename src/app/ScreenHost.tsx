import { Suspense } from 'react';
import type { AppTab } from '../state';
import { onDemand, preload } from '../ui/chunks/onDemand';
import { Placeholder } from '../ui/chunks/placeholders';
import { compareChunk, liveChunk, scalingChunk } from './screens';

type ScreenTab = Exclude<AppTab, 'explore'>;

/**
 * The screens' chunks load at start-up (screens.ts); a screen whose chunk is in opens in the click's render.
 * With `React.lazy` alone the Scaling tab rendered 308 ms after the click and its sweep began ~400 ms after it
 * (Chrome trace, docs/findings.md).
 */
const SCREENS = {
  compare: onDemand(() => compareChunk.then((m) => m.CompareHost)),
  scaling: onDemand(() => scalingChunk.then((m) => m.ScalingHost)),
  live: onDemand(() => liveChunk.then((m) => m.LiveHost)),
} as const;
Object.values(SCREENS).forEach(preload);

/** The Compare, Scaling or Live screen (the explorer is drawn by App itself). */
export function ScreenHost({ tab }: { readonly tab: ScreenTab }) {
  const Screen = SCREENS[tab].Component;
  return (
    <Suspense
      fallback={
        <Placeholder>
          <div className="screen-loading" />
        </Placeholder>
      }
    >
      <Screen />
    </Suspense>
  );
}
