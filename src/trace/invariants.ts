/**
 * The timeline rules every Trace obeys beyond its shape (see README.md). The simulator's tests assert them
 * on every trace it makes; `parseTrace` asserts them on every trace it lets in.
 */
import { isTerminal, TIME_EPSILON } from './terminal';
import type { Task, Trace } from './types';

/**
 * Check the timeline invariants; returns one message per violation (empty = valid):
 * - each segment has `start <= end`, and every segment but the terminal one has `end > start`;
 * - consecutive segments touch: `seg[i].end === seg[i+1].start` within 1e-6 ms;
 * - the last segment is a zero-length `done` or `failed`, and no other segment is;
 * - lane start-ups have `start <= end`; events are sorted by time; only a `callback` has an `end`, not before
 *   its `time`;
 * - no event names a task before the task's life begins (its first segment): a task whose first segments were
 *   lost (e.g. dropped from an edited file) would otherwise be drawn as starting late.
 * In a cancelled trace (`cancelled: true`) a task may stop without a terminal segment.
 */
export function checkTraceInvariants(trace: Trace): string[] {
  const problems: string[] = [];
  trace.lanes.forEach((lane, i) => {
    if (lane.startup !== undefined && lane.startup.start > lane.startup.end) {
      problems.push(`lanes[${i}].startup: start ${lane.startup.start} is after end ${lane.startup.end}`);
    }
  });
  trace.tasks.forEach((task, i) => checkTask(task, `tasks[${i}]`, trace.cancelled === true, problems));
  const begins = new Map<string, number>();
  for (const task of trace.tasks) if (task.segments.length > 0) begins.set(task.id, task.segments[0].start);
  trace.events.forEach((event, i) => {
    if (event.end !== undefined && (event.kind !== 'callback' || event.end < event.time)) {
      problems.push(
        event.kind !== 'callback'
          ? `events[${i}].end: only a callback runs for a while; a ${event.kind} event is a point in time`
          : `events[${i}].end: ${event.end} is before its time ${event.time}`,
      );
    }
    const begin = event.task === undefined ? undefined : begins.get(event.task);
    if (begin !== undefined && event.time < begin - TIME_EPSILON) {
      problems.push(
        `events[${i}].time: ${event.time} is before task ${JSON.stringify(event.task)} begins (${begin}); its first segments are missing`,
      );
    }
  });
  for (let i = 1; i < trace.events.length; i++) {
    const prev = trace.events[i - 1].time;
    const time = trace.events[i].time;
    if (time < prev) {
      problems.push(
        `events[${i}].time: ${time} comes before events[${i - 1}].time ${prev}; events must be sorted by time`,
      );
    }
  }
  return problems;
}

function checkTask(task: Task, where: string, cancelled: boolean, problems: string[]): void {
  const segs = task.segments;
  if (segs.length === 0) {
    if (!cancelled) problems.push(`${where}.segments: empty; a task ends with a done or failed segment`);
    return;
  }
  segs.forEach((seg, j) => {
    const at = `${where}.segments[${j}]`;
    const last = j === segs.length - 1;
    if (seg.start > seg.end) problems.push(`${at}: start ${seg.start} is after end ${seg.end}`);
    if (isTerminal(seg.state)) {
      if (!last)
        problems.push(`${at}: "${seg.state}" before the end; only the last segment may be done or failed`);
      else if (Math.abs(seg.end - seg.start) > TIME_EPSILON) {
        problems.push(
          `${at}: the final "${seg.state}" segment must be zero-length, got ${seg.start}..${seg.end}`,
        );
      }
    } else {
      if (seg.end === seg.start) {
        problems.push(`${at}: zero-length "${seg.state}" segment; only the final done/failed one may be`);
      }
      if (last && !cancelled)
        problems.push(`${at}: the last segment must be done or failed, got "${seg.state}"`);
    }
    if (j > 0 && Math.abs(segs[j - 1].end - seg.start) > TIME_EPSILON) {
      problems.push(`${at}.start: ${seg.start} does not continue segments[${j - 1}].end ${segs[j - 1].end}`);
    }
  });
}
