import type { Task, Trace } from './types';

/** Whether a task stands for a request (not main(), a coroutine that only awaits the others). */
export const isRequest = (task: Task): boolean => task.role !== 'main';

/** How many tasks of the trace are requests. */
export function requestCount(trace: Trace): number {
  let n = 0;
  for (const task of trace.tasks) if (isRequest(task)) n++;
  return n;
}

/**
 * Each answered request's response time, ms: from the moment it was sent to the moment its answer arrived
 * (`request-sent` → `response-received` of the same task, in order). Queueing before the send and the CPU work
 * after the answer are not part of it: this is the endpoint as the client sees it.
 *
 * @example responseTimes(sequentialTrace) // [3000, 3000, 3000, 3000, 3000] for five 3 s requests
 */
export function responseTimes(trace: Trace): number[] {
  const open = new Map<string, number[]>();
  const out: number[] = [];
  for (const e of trace.events) {
    if (e.task === undefined) continue;
    if (e.kind === 'request-sent') {
      const list = open.get(e.task);
      if (list === undefined) open.set(e.task, [e.time]);
      else list.push(e.time);
    } else if (e.kind === 'response-received') {
      const sent = open.get(e.task)?.shift();
      if (sent !== undefined) out.push(e.time - sent);
    }
  }
  return out;
}
