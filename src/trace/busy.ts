/** When lanes are busy: a task `running` or `blocked` on them (holding the thread, either way), or a callback running. */
import { makespan } from './makespan';
import { closeSeries, coverage, stepSweep, totalLength, type Interval, type StepSeries } from './sweep';
import { perTrace } from './perTrace';
import type { Trace } from './types';

/**
 * Per lane id, the disjoint, sorted intervals during which some task is running or blocked on it, or a
 * done-callback runs on it (the loop's thread is as busy running a callback as running a coroutine). Computed once
 * per trace (the busy-lanes chart and the utilisation figure both read it); the map is shared: never change it.
 */
export const busyIntervalsByLane: (trace: Trace) => ReadonlyMap<string, readonly Interval[]> = perTrace(
  function busyIntervalsByLane(trace) {
    const raw = new Map<string, { starts: number[]; ends: number[] }>();
    const add = (lane: string, start: number, end: number) => {
      let list = raw.get(lane);
      if (list === undefined) raw.set(lane, (list = { starts: [], ends: [] }));
      list.starts.push(start);
      list.ends.push(end);
    };
    for (const task of trace.tasks) {
      for (const seg of task.segments) {
        if (seg.state === 'running' || seg.state === 'blocked') add(seg.lane, seg.start, seg.end);
      }
    }
    for (const e of trace.events) if (e.end !== undefined && e.end > e.time) add(e.lane, e.time, e.end);
    const out = new Map<string, Interval[]>();
    for (const [lane, { starts, ends }] of raw) out.set(lane, coverage(starts, ends));
    return out;
  },
);

export interface Utilisation {
  /** Per lane id, the busy fraction of [0, makespan], in [0, 1]. */
  readonly perLane: Readonly<Record<string, number>>;
  /**
   * Mean busy fraction over thread and event-loop lanes (the places that run Python). A trace with none
   * (processes or workers that run tasks directly) averages its leaf lanes instead.
   */
  readonly overall: number;
}

/**
 * How busy each lane was: the fraction of [0, makespan] during which at least one task was running or blocked
 * on it. Overlapping tasks count once (a union of intervals, not a sum), so it never exceeds 1.
 */
export function laneUtilisation(trace: Trace): Utilisation {
  const span = makespan(trace);
  const busy = busyIntervalsByLane(trace);
  const fraction = new Map<string, number>();
  for (const lane of trace.lanes) {
    const intervals = busy.get(lane.id);
    fraction.set(lane.id, span > 0 && intervals !== undefined ? totalLength(intervals) / span : 0);
  }
  let counted = trace.lanes.filter((l) => l.kind === 'thread' || l.kind === 'event-loop');
  if (counted.length === 0) {
    const parents = new Set(trace.lanes.map((l) => l.parent));
    counted = trace.lanes.filter((l) => !parents.has(l.id));
  }
  const overall =
    counted.length === 0
      ? 0
      : counted.reduce((sum, l) => sum + (fraction.get(l.id) ?? 0), 0) / counted.length;
  return { perLane: Object.fromEntries(fraction), overall };
}

/**
 * A step series of how many lanes are busy (some task running or blocked on them), with its peak. The last
 * point sits at the makespan so a chart spans the whole run.
 */
export const busyLanesSeries: (trace: Trace) => StepSeries = perTrace(function busyLanesSeries(trace) {
  const ups: number[] = [];
  const downs: number[] = [];
  for (const intervals of busyIntervalsByLane(trace).values()) {
    for (const [start, end] of intervals) {
      ups.push(start);
      downs.push(end);
    }
  }
  const { series, peak } = stepSweep(ups, downs);
  return { series: closeSeries(series, makespan(trace)), peak };
});
