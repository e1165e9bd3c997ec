import type { TaskState, TraceEventKind } from '../../trace/types';
import type { TaskOutcome } from '../protocol';

/** Where a task plan runs: the page's thread or a worker. Every call is stamped with this thread's clock. */
export interface TaskEnv {
  state(task: number, state: TaskState, lane: string): void;
  event(kind: TraceEventKind, task: number, lane: string): void;
  /** Awaits the request without holding the thread. */
  asyncRequest(url: string, timeoutMs: number): Promise<RequestOutcome>;
  /** Holds the thread until the answer (a synchronous request, or a thread that takes no other work). */
  blockingRequest(url: string, timeoutMs: number): Promise<RequestOutcome>;
  /**
   * Burns `ms` of real CPU on this thread; with `gil`, only while holding the process's GIL (a promise then).
   * Without a wait it returns nothing, so the task goes straight on to its request, as a coroutine does.
   */
  cpu(task: number, lane: string, ms: number, gil: boolean): Promise<void> | void;
}

export type RequestOutcome = 'ok' | Extract<TaskOutcome, 'http-error' | 'timeout'>;
