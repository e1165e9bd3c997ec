import { useMemo } from 'react';
import { summarize, type TraceSummary } from '../trace/summary';
import type { Trace } from '../trace/types';
import { baselineFor, type Baseline } from './baseline';
import { selectTrace } from './selectors';
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
  return useMemo(() => (trace ? { trace, summary: summarize(trace), baseline: baselineFor(trace) } : null), [trace]);
}

/** The figures of the store's current trace. */
export function useCurrentFigures(): TraceFigures | null {
  return useTraceFigures(useAppStore(selectTrace));
}
