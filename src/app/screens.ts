/**
 * The Compare, Scaling and Live screens live in their own chunks (Recharts, the Gantt small multiples, live mode): the load
 * starts when this module is evaluated, at start-up, so switching tabs shows them without a wait, and the
 * idle signal waits for them like it waits for the explorer's charts.
 */
export const compareChunk = import('./compare/CompareHost');
export const scalingChunk = import('./scaling/ScalingHost');
export const liveChunk = import('./live/LiveHost');
