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
 * The trace on screen (an imported one, else the last run), deferred: a new trace re-renders its heavy readers
 * (figures, Gantt, charts) in a background render that React can interrupt, so a trace of 100,000 tasks never
 * blocks typing or clicks. Small traces too: drawn in the render of the change itself, a 2 s slider drag at 100
 * tasks dropped 86 % of frames on the loaded project machine, against 40 % deferred (docs/findings.md, i16).
 */
export function useShownTrace(): Trace | null {
  return useDeferredValue(useAppStore(selectShownTrace));
}

/** The figures of the trace on screen. */
export function useCurrentFigures(): TraceFigures | null {
  return useTraceFigures(useShownTrace());
}
