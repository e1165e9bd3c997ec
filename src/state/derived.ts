import { useDeferredValue, useMemo } from 'react';
import type { Trace } from '../trace/types';
import { selectShownTrace } from './importSlice';
import { useTraceFigures, type PendingFigures, type TraceFigures } from './lateFigures';
import { useAppStore } from './store';
import type { AppState } from './types';

export { isPending, useFiguresReady, useTraceFigures } from './lateFigures';
export type { PendingFigures, TraceFigures } from './lateFigures';

/** Traces up to this many tasks and segments are drawn in the render of the change that made them. */
export const DRAWN_AT_ONCE = { tasks: 10_000, segments: 100_000 } as const;

/**
 * Whether a trace is small enough to draw in the render of the change itself: up to 1,000 tasks the Gantt draws
 * only the rows in view past 300 and the whole picture takes a few ms; up to 10,000 it groups rows, and one
 * render of ~60–100 ms beat React's background render in 5 ms slices with frames between them (a 10,000-task
 * slider step, painted median 307/288 → 262/172 ms alternating the builds at load 4, issue 16).
 */
export function drawnAtOnce(trace: Trace | null): boolean {
  if (trace === null) return true;
  if (trace.tasks.length > DRAWN_AT_ONCE.tasks) return false;
  let segments = 0;
  for (const task of trace.tasks) segments += task.segments.length;
  return segments <= DRAWN_AT_ONCE.segments;
}

const selectDragging = (s: AppState) => s.dragging;

/**
 * The trace on screen (an imported one, else the last run). A small trace made by a single change (a key step, a
 * typed value, a pick) is drawn in the render of that change, so the picture reaches the screen in the frame the
 * change makes. A large one, or one made while a slider is dragged, is deferred: its heavy readers (figures,
 * Gantt, charts) re-render in a background render that React can interrupt, so a trace of 100,000 tasks never
 * blocks typing, and a drag keeps its frames while pictures follow the hand (docs/findings.md, issue 16, step).
 */
export function useShownTrace(): Trace | null {
  const current = useAppStore(selectShownTrace);
  const dragging = useAppStore(selectDragging);
  const deferred = useDeferredValue(current);
  const small = useMemo(() => drawnAtOnce(current), [current]);
  return small && !dragging ? current : deferred;
}

/** The figures of the trace on screen. */
export function useCurrentFigures(): TraceFigures | PendingFigures | null {
  return useTraceFigures(useShownTrace());
}
