import { makespan } from '../../trace/makespan';
import type { Trace } from '../../trace/types';
import type { RefResult } from './run';

/**
 * What the reference predicts, read off a fast-engine trace: each task's finish (its terminal segment) and
 * the times its requests went out (its `request-sent` events), in the trace's task order.
 */
export function observe(trace: Trace): RefResult {
  const index = new Map(trace.tasks.map((task, i) => [task.id, i] as const));
  const sent: number[][] = trace.tasks.map(() => []);
  for (const event of trace.events) {
    if (event.kind === 'request-sent' && event.task !== undefined)
      sent[index.get(event.task) as number].push(event.time);
  }
  const finish = trace.tasks.map((task) => task.segments[task.segments.length - 1].start);
  return { finish, sent, makespan: makespan(trace) };
}
