/**
 * What one task does, in order: optional CPU work, an optional request, CPU work after the answer. The same
 * plan runs on the page's thread or in a worker; where it runs decides what the waits mean.
 */
export interface TaskPlan {
  /** Index of the task in the run (0-based). */
  readonly task: number;
  /** The lane the task runs on while it holds its thread. */
  readonly lane: string;
  readonly cpuBeforeMs: number;
  /** `async`: await it (the thread is free: suspended); `blocking`: hold the thread (blocked); null: none. */
  readonly request: 'async' | 'blocking' | null;
  readonly url: string;
  readonly timeoutMs: number;
  readonly cpuAfterMs: number;
  /** Whether CPU work must hold the process's GIL (threads sharing one interpreter). */
  readonly gil: boolean;
}
