import type { Trace } from './types';

const cache = new WeakMap<Trace, Float64Array>();

/**
 * Every instant something happens in the trace, sorted and unique: segment boundaries, point events and process
 * start-up edges. Cached per trace. What playback's "next / previous event" steps between.
 */
export function eventTimes(trace: Trace): Float64Array {
  let times = cache.get(trace);
  if (times !== undefined) return times;
  const all: number[] = [0];
  for (const task of trace.tasks) for (const s of task.segments) all.push(s.start, s.end);
  for (const e of trace.events) all.push(e.time);
  for (const lane of trace.lanes) if (lane.startup) all.push(lane.startup.start, lane.startup.end);
  const sorted = Float64Array.from(all.filter(Number.isFinite)).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i];
  times = sorted.slice(0, n);
  cache.set(trace, times);
  return times;
}

/** The first time in `times` strictly after `t`, or null if none. Binary search. */
export function nextTime(times: ArrayLike<number>, t: number): number | null {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length ? times[lo] : null;
}

/** The last time in `times` strictly before `t`, or null if none. Binary search. */
export function previousTime(times: ArrayLike<number>, t: number): number | null {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? times[lo - 1] : null;
}
