import { makespan } from './makespan';
import { closeSeries, stepSweep, type StepSeries } from './sweep';
import { lastTime } from './terminal';
import { perTrace } from './perTrace';
import type { Trace } from './types';

/**
 * A step series of requests in flight (sent, no response yet), with its peak, from the `request-sent` and
 * `response-received` events. A task's responses match its sends in order; a send never answered stays in
 * flight until the task ends (its failure, typically). Events without a task, and responses with no open
 * send, are ignored. The last point sits at the makespan so a chart spans the whole run. O(n log n).
 *
 * @example 3 requests sent at 0, answered at 100, 100 and 150 → (0,3) (100,1) (150,0), peak 3
 */
export const inFlightSeries: (trace: Trace) => StepSeries = perTrace(function inFlightSeries(trace) {
  const ups: number[] = [];
  const downs: number[] = [];
  const open = new Map<string, number>();
  const lastSent = new Map<string, number>();
  for (const event of trace.events) {
    if (event.task === undefined) continue;
    const pending = open.get(event.task) ?? 0;
    if (event.kind === 'request-sent') {
      open.set(event.task, pending + 1);
      lastSent.set(event.task, event.time);
      ups.push(event.time);
    } else if (event.kind === 'response-received' && pending > 0) {
      if (pending === 1) open.delete(event.task);
      else open.set(event.task, pending - 1);
      downs.push(event.time);
    }
  }
  if (open.size > 0) {
    const span = makespan(trace);
    const taskEnds = new Map(trace.tasks.map((task) => [task.id, lastTime(task)] as const));
    for (const [task, pending] of open) {
      // Never before the send itself, even if a malformed trace sends after the task ended.
      const end = Math.max(taskEnds.get(task) ?? span, lastSent.get(task) ?? 0);
      for (let k = 0; k < pending; k++) downs.push(end);
    }
  }
  const { series, peak } = stepSweep(ups, downs);
  return { series: closeSeries(series, makespan(trace)), peak };
});
