import { perTrace } from './perTrace';
import { isRequest } from './requests';
import { lastTime, terminalSegment } from './terminal';
import type { Trace } from './types';

/**
 * How long the whole run took, ms: the latest finish of any task or done-callback (the origin is t = 0; a
 * program whose tasks carry callbacks is not over until the last one has run). 0 for a trace without tasks.
 * In a cancelled trace an unfinished task counts up to the end of its last segment.
 */
export const makespan: (trace: Trace) => number = perTrace(function makespan(trace) {
  let end = 0;
  for (const task of trace.tasks) end = Math.max(end, lastTime(task));
  if (trace.tasks.length === 0) return 0;
  for (const e of trace.events) if (e.end !== undefined && e.end > end) end = e.end;
  return end;
});

/** How many requests finished `done` (failures, unfinished tasks and main() excluded). */
export function doneCount(trace: Trace): number {
  let n = 0;
  for (const task of trace.tasks) if (isRequest(task) && terminalSegment(task)?.state === 'done') n++;
  return n;
}

/** How many requests ended `failed`. */
export function failedCount(trace: Trace): number {
  let n = 0;
  for (const task of trace.tasks) if (isRequest(task) && terminalSegment(task)?.state === 'failed') n++;
  return n;
}

/**
 * Tasks finished `done` per second of makespan; 0 when the makespan is 0.
 *
 * @example 10 tasks done in a 500 ms run → 20 per second
 */
export function throughput(trace: Trace): number {
  const ms = makespan(trace);
  return ms > 0 ? doneCount(trace) / (ms / 1000) : 0;
}
