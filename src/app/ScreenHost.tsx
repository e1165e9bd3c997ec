import { lazy, Suspense } from 'react';
import type { AppTab } from '../state';
import { compareChunk, scalingChunk } from './screens';

const LazyCompare = lazy(() => compareChunk.then((m) => ({ default: m.CompareHost })));
const LazyScaling = lazy(() => scalingChunk.then((m) => ({ default: m.ScalingHost })));

/** The Compare or Scaling screen (the explorer is drawn by App itself). */
export function ScreenHost({ tab }: { readonly tab: Exclude<AppTab, 'explore'> }) {
  return <Suspense fallback={<div className="screen-loading" />}>{tab === 'compare' ? <LazyCompare /> : <LazyScaling />}</Suspense>;
}
