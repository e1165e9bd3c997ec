/**
 * Messages between the page and a live worker: one discriminated union per direction, shared by both sides.
 * Times are epoch milliseconds (`performance.timeOrigin + performance.now()` in the sending thread), which
 * agree across threads to a fraction of a millisecond; raw `performance.now()` values would not.
 */
import type { TaskState, TraceEventKind } from '../trace/types';
import type { TaskPlan } from './host/plan';

export type ToWorker =
  /** First message: where the app is served (for request URLs) and whether blocking requests may be real. */
  | { readonly type: 'init'; readonly baseHref: string; readonly realBlocking: boolean }
  /** Asks for this thread's clock, to measure its skew from the page's. */
  | { readonly type: 'ping'; readonly sentAt: number }
  /** Run one task; the worker runs up to its `concurrency` tasks at once. */
  | { readonly type: 'task'; readonly plan: TaskPlan }
  /** The GIL is yours (thread workers of one process share one GIL, held by the page's broker). */
  | { readonly type: 'gil-grant' }
  /** Another thread asks for the GIL: drop it at the end of the current 5 ms slice. */
  | { readonly type: 'gil-wanted' };

export type FromWorker =
  | { readonly type: 'ready' }
  /**
   * Handling a message threw or rejected (e.g. `init` could not start the worker's endpoint). Before `ready`
   * the worker failed to start; after, it is dead as if it had crashed.
   */
  | { readonly type: 'error'; readonly message: string }
  | { readonly type: 'pong'; readonly at: number; readonly sentAt: number }
  | {
      readonly type: 'state';
      readonly task: number;
      readonly state: TaskState;
      readonly lane: string;
      readonly t: number;
    }
  | {
      readonly type: 'event';
      readonly kind: TraceEventKind;
      readonly task: number;
      readonly lane: string;
      readonly t: number;
    }
  | { readonly type: 'end'; readonly task: number; readonly outcome: TaskOutcome; readonly t: number }
  | { readonly type: 'gil-acquire'; readonly t: number }
  | { readonly type: 'gil-release'; readonly t: number };

/** How a task ended: done, or failed by an HTTP error, a timeout, or the death of its worker. */
export type TaskOutcome = 'done' | 'http-error' | 'timeout' | 'crashed';
