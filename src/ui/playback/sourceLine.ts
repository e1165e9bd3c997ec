import { getStrategy } from '../../strategies';
import type { Task, TaskState, Trace } from '../../trace/types';

/**
 * The program the state panel shows for a trace: the learner's own (engine `python`: the program that was
 * recorded), else the strategy's program for the trace's parameters (the one the code panel shows and copies).
 */
export function traceProgram(trace: Trace): string {
  return trace.program ?? getStrategy(trace.scenario.strategy).program(trace.scenario.params);
}

/** Where a task is: its state, and when it entered it (the start of its active segment). */
export interface TaskPlace {
  readonly state: TaskState;
  readonly since: number;
}

/**
 * The line of `traceProgram(trace)` a task is at, or null. A recorded program knows it per segment (the line
 * the task ran, was paused or blocked on); a simulated or live run maps the state to the strategy's line for
 * it, and main() waits at its own await (asyncio.wait), not at its tasks' request line.
 *
 * @example sourceLineOf(recorded, task, { state: 'suspended', since: 12 }) // 7: the learner's `await` line
 */
export function sourceLineOf(trace: Trace, task: Task, at: TaskPlace): number | null {
  if (at.state === 'done' || at.state === 'failed') return null;
  if (trace.engine === 'python')
    return task.segments.find((s) => s.start === at.since && s.state === at.state)?.line ?? null;
  const lines = getStrategy(trace.scenario.strategy).lines;
  if (task.role === 'main' && at.state === 'suspended') return lines?.main ?? null;
  return lines?.[at.state] ?? null;
}
