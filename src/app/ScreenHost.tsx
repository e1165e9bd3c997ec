import { lazy, Suspense } from 'react';
import type { AppTab } from '../state';
import { compareChunk, liveChunk, scalingChunk } from './screens';

const LazyCompare = lazy(() => compareChunk.then((m) => ({ default: m.CompareHost })));
const LazyScaling = lazy(() => scalingChunk.then((m) => ({ default: m.ScalingHost })));
const LazyLive = lazy(() => liveChunk.then((m) => ({ default: m.LiveHost })));

const SCREENS = { compare: LazyCompare, scaling: LazyScaling, live: LazyLive } as const;

/** The Compare, Scaling or Live screen (the explorer is drawn by App itself). */
export function ScreenHost({ tab }: { readonly tab: Exclude<AppTab, 'explore'> }) {
  const Screen = SCREENS[tab];
  return (
    <Suspense fallback={<div className="screen-loading" />}>
      <Screen />
    </Suspense>
  );
}
