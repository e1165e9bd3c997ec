import { isTerminal } from './terminal';
import type { Segment, Task, Trace } from './types';

/** Index of the last segment that starts at or before `t` (binary search over start times), or -1. */
export function lastStartingBy(segs: readonly Segment[], t: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].start <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The segment of `task` active at time `t`: the one with start <= t < end. Once the task has finished
 * (t >= its finish, including t exactly at the end of its last working segment) its terminal segment applies.
 * Null before the task's first segment, and after the last segment of a task a cancelled run left unfinished.
 * O(log n) by binary search, relying on the segments being contiguous.
 */
export function segmentAt(task: Task, t: number): Segment | null {
  const segs = task.segments;
  const found = lastStartingBy(segs, t);
  if (found < 0) return null;
  const seg = segs[found];
  return isTerminal(seg.state) || t < seg.end ? seg : null;
}

/**
 * What every task is doing at time `t`: `stateAt(trace, t)[i]` is the active segment of `trace.tasks[i]`
 * (see `segmentAt`), or null if the task has not begun. O(tasks · log segments).
 *
 * @example stateAt(trace, 150).filter((s) => s?.state === 'running').length // tasks running at 150 ms
 */
export function stateAt(trace: Trace, t: number): (Segment | null)[] {
  return trace.tasks.map((task) => segmentAt(task, t));
}
