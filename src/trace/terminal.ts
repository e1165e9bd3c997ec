import type { Segment, Task, TaskState } from './types';

/** Tolerance for "these two times are the same instant", ms. Segment boundaries are compared within it. */
export const TIME_EPSILON = 1e-6;

/** Whether a state ends a task's life. */
export function isTerminal(state: TaskState): state is 'done' | 'failed' {
  return state === 'done' || state === 'failed';
}

/** The task's terminal segment, or undefined if it never finished (only in a cancelled live trace). */
export function terminalSegment(task: Task): Segment | undefined {
  const last = task.segments[task.segments.length - 1];
  return last !== undefined && isTerminal(last.state) ? last : undefined;
}

/** When the task's record ends: its finish, or the end of its last segment if it never finished. */
export function lastTime(task: Task): number {
  const last = task.segments[task.segments.length - 1];
  return last === undefined ? 0 : last.end;
}
