import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { AppTab } from '../state';
import { compareChunk, liveChunk, scalingChunk } from './screens';

type ScreenTab = Exclude<AppTab, 'explore'>;

/**
 * Each screen twice: a lazy component for as long as its chunk is on its way, and the component itself once the
 * chunk has loaded. A lazy component suspends on its first render even when its chunk arrived long ago (React
 * reads the import's promise as pending until its callbacks have run), and React then reveals the screen only
 * after its fallback has shown for 300 ms: opening the Scaling tab waited ~300 ms before its sweep began.
 */
const LAZY: Record<ScreenTab, ComponentType> = {
  compare: lazy(() => compareChunk.then((m) => ({ default: m.CompareHost }))),
  scaling: lazy(() => scalingChunk.then((m) => ({ default: m.ScalingHost }))),
  live: lazy(() => liveChunk.then((m) => ({ default: m.LiveHost }))),
};
const LOADED: Partial<Record<ScreenTab, ComponentType>> = {};
const ignore = () => {}; // a failed load stays the lazy component's to throw, as it was
compareChunk.then((m) => (LOADED.compare = m.CompareHost), ignore);
scalingChunk.then((m) => (LOADED.scaling = m.ScalingHost), ignore);
liveChunk.then((m) => (LOADED.live = m.LiveHost), ignore);

/** One screen for as long as its tab is shown: a lazy one whose chunk then arrives stays mounted. */
function TabScreen({ tab }: { readonly tab: ScreenTab }) {
  const [Screen] = useState(() => LOADED[tab] ?? LAZY[tab]);
  return <Screen />;
}

/** The Compare, Scaling or Live screen (the explorer is drawn by App itself). */
export function ScreenHost({ tab }: { readonly tab: ScreenTab }) {
  return (
    <Suspense fallback={<div className="screen-loading" />}>
      <TabScreen key={tab} tab={tab} />
    </Suspense>
  );
}
