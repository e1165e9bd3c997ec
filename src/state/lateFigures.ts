/**
 * A large trace's headline figures, computed after its picture is painted. `summarize` over 100,000 tasks takes
 * about as long as drawing them (docs/findings.md, big), so a new large trace is drawn first, its figures
 * shown as being computed (never the previous trace's), and filled in a moment later. Traces up to 10,000 tasks
 * keep their figures in the same render as their picture (~10 ms of `summarize` at 10,000, where following the
 * picture cost a frame callback, a task and a second render and frame): no placeholder ever flashes while
 * dragging a slider.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { baselineFor, type Baseline } from '../strategies/baseline';
import { perTrace } from '../trace/perTrace';
import { summarize, type TraceSummary } from '../trace/summary';
import type { Trace } from '../trace/types';

export interface TraceFigures {
  readonly trace: Trace;
  readonly summary: TraceSummary;
  readonly baseline: Baseline;
}

/** A large trace whose figures are still being computed: a view shows that, and no number. */
export interface PendingFigures {
  readonly trace: Trace;
  readonly pending: true;
}

export const isPending = (f: TraceFigures | PendingFigures): f is PendingFigures => 'pending' in f;

/** Above this many tasks a trace's figures follow its picture (as many as a change draws at once: state/derived). */
export const LATE_FIGURES_ABOVE = 10_000;

const computed = new WeakSet<Trace>();
/** The figures of a trace, computed once however many views read them. */
const figuresOf = perTrace((trace): TraceFigures => {
  const figures = { trace, summary: summarize(trace), baseline: baselineFor(trace) };
  computed.add(trace);
  return figures;
});

/** Whether a view may show `trace`'s figures in this render. */
const ready = (trace: Trace) => trace.tasks.length <= LATE_FIGURES_ABOVE || computed.has(trace);

const listeners = new Set<() => void>();
/** Changes whenever a large trace's figures are done, so subscribed views read `ready` again. */
let done = 0;
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => done;

/** Traces whose figures are scheduled, each with the views waiting for them. */
const waiting = new Map<Trace, { readonly cancel: () => void; views: number }>();

/**
 * Computes `trace`'s figures after the next frame is painted (a frame callback, then a task after it), once
 * for every view asking; returns the view's cancel (the last view to cancel stops the work).
 */
function schedule(trace: Trace): () => void {
  let entry = waiting.get(trace);
  if (entry === undefined) {
    let task: ReturnType<typeof setTimeout> | null = null;
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => {
        waiting.delete(trace);
        figuresOf(trace);
        done++;
        for (const listener of [...listeners]) listener();
      }, 0);
    });
    const cancel = () => {
      cancelAnimationFrame(frame);
      if (task !== null) clearTimeout(task);
      waiting.delete(trace);
    };
    entry = { cancel, views: 0 };
    waiting.set(trace, entry);
  }
  const mine = entry;
  mine.views++;
  return () => {
    if (--mine.views === 0) mine.cancel();
  };
}

/**
 * Whether `trace`'s figures are ready, asking for them if not: the idle signal waits for them
 * (app/IdleRoot), so tests and screenshots never catch the placeholder.
 */
export function useFiguresReady(trace: Trace | null): boolean {
  useSyncExternalStore(subscribe, snapshot, snapshot);
  const settled = trace === null || ready(trace);
  useEffect(() => (trace === null || ready(trace) ? undefined : schedule(trace)), [trace]);
  return settled;
}

/**
 * The figures of a trace: derived, never stored, computed once per trace; for a large trace, pending until
 * they are computed after its picture.
 * @example const figures = useTraceFigures(trace); figures && !isPending(figures) && figures.summary.makespanMs
 */
export function useTraceFigures(trace: Trace | null): TraceFigures | PendingFigures | null {
  const settled = useFiguresReady(trace);
  if (trace === null) return null;
  return settled ? figuresOf(trace) : pendingOf(trace);
}

/** One pending value per trace, so memoised views see the same props until the figures arrive. */
const pendingOf = perTrace((trace): PendingFigures => ({ trace, pending: true }));
