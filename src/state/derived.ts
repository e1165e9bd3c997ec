import { useDeferredValue } from 'react';
import type { Trace } from '../trace/types';
import { selectShownTrace } from './importSlice';
import { useTraceFigures, type PendingFigures, type TraceFigures } from './lateFigures';
import { useAppStore } from './store';

export { isPending, useFiguresReady, useTraceFigures } from './lateFigures';
export type { PendingFigures, TraceFigures } from './lateFigures';

/**
 * The trace on screen (an imported one, else the last run), deferred: a new trace re-renders its heavy readers
 * (figures, Gantt, charts) in a background render that React can interrupt, so a trace of 100,000 tasks never
 * blocks typing or clicks. Small traces too: drawn in the render of the change itself, a 2 s slider drag at 100
 * tasks dropped 86 % of frames on the loaded project machine, against 40 % deferred (docs/findings.md, i16).
 */
export function useShownTrace(): Trace | null {
  return useDeferredValue(useAppStore(selectShownTrace));
}

/** The figures of the trace on screen. */
export function useCurrentFigures(): TraceFigures | PendingFigures | null {
  return useTraceFigures(useShownTrace());
}
