import { lazy } from 'react';

/**
 * The companion charts live in their own chunk (Recharts is most of the app's weight): the load starts as
 * soon as this module is evaluated, in parallel with the first simulation, so the initial bundle stays within
 * budget without a visible wait. The app's idle signal waits for this promise.
 */
export const chartsChunk = import('./CompanionCharts');

export const LazyCompanionCharts = lazy(() => chartsChunk.then((m) => ({ default: m.CompanionCharts })));
