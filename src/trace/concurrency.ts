/** How many segments overlap at once: the helpers the simulator's property tests check its limits with. */
import { processLaneOf } from './lanes';
import { stepSweep } from './sweep';
import type { Segment, Task, Trace } from './types';

/**
 * The largest number of segments matching `predicate` that overlap at any instant, treating each segment as
 * the half-open interval [start, end) (so back-to-back segments do not overlap, zero-length ones never count).
 *
 * @example maxConcurrent(trace, (seg) => seg.state === 'running') // ≤ cores for a CPU-bound pool
 */
export function maxConcurrent(trace: Trace, predicate: (seg: Segment, task: Task) => boolean): number {
  const ups: number[] = [];
  const downs: number[] = [];
  for (const task of trace.tasks) {
    for (const seg of task.segments) {
      if (!predicate(seg, task)) continue;
      ups.push(seg.start);
      downs.push(seg.end);
    }
  }
  return stepSweep(ups, downs).peak;
}

/** The largest number of `running` segments at once, grouped by `keyOf(seg.lane)`; every key starts at 0. */
function runningPeaks(
  trace: Trace,
  keys: readonly string[],
  keyOf: (lane: string) => string,
): Record<string, number> {
  const groups = new Map<string, { ups: number[]; downs: number[] }>();
  for (const task of trace.tasks) {
    for (const seg of task.segments) {
      if (seg.state !== 'running') continue;
      const key = keyOf(seg.lane);
      let group = groups.get(key);
      if (group === undefined) groups.set(key, (group = { ups: [], downs: [] }));
      group.ups.push(seg.start);
      group.downs.push(seg.end);
    }
  }
  // A Map then fromEntries: a lane called "__proto__" stays an ordinary key.
  const peaks = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const [key, { ups, downs }] of groups) peaks.set(key, stepSweep(ups, downs).peak);
  return Object.fromEntries(peaks);
}

/**
 * Per lane id, the most tasks `running` on that lane at once. A thread holds one task at a time, so on a
 * correct trace every thread and event-loop lane reads at most 1.
 */
export function runningPerLane(trace: Trace): Record<string, number> {
  return runningPeaks(
    trace,
    trace.lanes.map((l) => l.id),
    (lane) => lane,
  );
}

/**
 * Per process (and Web Worker) lane id, the most tasks `running` at once anywhere inside it: each segment's
 * lane is resolved through `parent` to the nearest enclosing `process` or `worker` lane (pool processes are
 * children of the main process and count on their own). With the GIL this is at most 1 per process.
 */
export function runningPerProcess(trace: Trace): Record<string, number> {
  const processOf = processLaneOf(trace.lanes);
  const keys = [...new Set(trace.lanes.map((l) => processOf(l.id)))];
  return runningPeaks(trace, keys, processOf);
}
