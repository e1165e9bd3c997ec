import { useDeferredValue, useMemo } from 'react';
import { summarize, type TraceSummary } from '../trace/summary';
import type { Trace } from '../trace/types';
import { baselineFor, type Baseline } from '../strategies/baseline';
import { selectShownTrace } from './importSlice';
import { useAppStore } from './store';

export interface TraceFigures {
  readonly trace: Trace;
  readonly summary: TraceSummary;
  readonly baseline: Baseline;
}

/**
 * The figures of a trace: derived, never stored, and recomputed only when the trace changes.
 * @example const figures = useTraceFigures(trace); figures?.summary.makespanMs
 */
export function useTraceFigures(trace: Trace | null): TraceFigures | null {
  return useMemo(
    () => (trace ? { trace, summary: summarize(trace), baseline: baselineFor(trace) } : null),
    [trace],
  );
}

/**
 * Up to this many tasks a new trace is drawn in the same render as the change that made it (a slider step at
 * 100 tasks: one render, one frame); a larger one waits for a background render.
 */
export const DRAWN_AT_ONCE_TASKS = 500;

/**
 * The trace on screen (an imported one, else the last run). A large new trace is deferred: it re-renders its heavy
 * readers (figures, Gantt, charts) in a background render that React can interrupt, so a trace of 100,000 tasks
 * never blocks typing or clicks. A small one is not: deferring it would draw the old picture once more and the
 * new one a frame later, on every slider step.
 */
export function useShownTrace(): Trace | null {
  const trace = useAppStore(selectShownTrace);
  const deferred = useDeferredValue(trace);
  return trace !== null && trace.tasks.length <= DRAWN_AT_ONCE_TASKS ? trace : deferred;
}

/** The figures of the trace on screen. */
export function useCurrentFigures(): TraceFigures | null {
  return useTraceFigures(useShownTrace());
}
