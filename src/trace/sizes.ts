import { MAX_LANES, MAX_TRACE_EVENTS, MAX_TRACE_SEGMENTS, MAX_TRACE_TASKS } from './limits';

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/**
 * The counts of a decoded trace checked before its shape: lanes, tasks, events, and segments over all tasks.
 * Reads only array lengths (one pass over the tasks), so a 1 M-task file is refused in milliseconds instead
 * of being validated object by object. Returns one message per count over its limit.
 */
export function checkSizes(json: unknown): string[] {
  if (typeof json !== 'object' || json === null) return [];
  const { lanes, tasks, events } = json as Record<string, unknown>;
  const problems: string[] = [];
  const over = (where: string, count: number, max: number, what: string) => {
    if (count > max)
      problems.push(
        `${where}: ${count.toLocaleString('en')} ${what}; a trace holds at most ${max.toLocaleString('en')}`,
      );
  };
  over('lanes', lengthOf(lanes), MAX_LANES, 'lanes');
  over('tasks', lengthOf(tasks), MAX_TRACE_TASKS, 'tasks');
  over('events', lengthOf(events), MAX_TRACE_EVENTS, 'events');
  if (Array.isArray(tasks) && tasks.length <= MAX_TRACE_TASKS) {
    let segments = 0;
    for (const task of tasks as unknown[])
      if (typeof task === 'object' && task !== null)
        segments += lengthOf((task as Record<string, unknown>).segments);
    over('tasks[*].segments', segments, MAX_TRACE_SEGMENTS, 'segments in all');
  }
  return problems;
}
