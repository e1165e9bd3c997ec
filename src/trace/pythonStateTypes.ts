import type { Lane, TaskState } from './types';

/* What `pythonStateAt` (pythonState.ts) says Python is doing at an instant, per process. */

/** A task as the state panel names it: who, in which state, since when, where. */
export interface TaskAt {
  readonly id: string;
  readonly label: string;
  /** Index in `trace.tasks`. */
  readonly index: number;
  readonly state: TaskState;
  /** When the task entered this state (the start of its active segment), ms. */
  readonly since: number;
  readonly lane: string;
}

/** A done-callback running on a loop: whose callback it is, and since when. */
export interface CallbackAt {
  /** The finished task the callback was added to (`task.add_done_callback`), if the trace names it. */
  readonly task: string | null;
  readonly label: string | null;
  readonly since: number;
}

/** One place Python code runs: an event loop, or a thread. */
export interface RunnerAt {
  readonly lane: Lane;
  /** The task holding this thread: `running`, or `blocked` in a blocking call. Null when idle. */
  readonly running: TaskAt | null;
  /** A done-callback the loop is running (it holds the thread, as a running task would); null otherwise. */
  readonly callback: CallbackAt | null;
  /** Tasks ready to run here, in the order they became ready (the loop's ready queue, or threads waiting for the GIL). */
  readonly ready: readonly TaskAt[];
  /** Tasks awaiting I/O here; the thread is free for others. */
  readonly suspended: readonly TaskAt[];
  /** Coroutines suspended here until other tasks finish (main() awaiting `asyncio.wait`): not waiting on I/O. */
  readonly awaiting: readonly TaskAt[];
}

/** A request sent and not yet answered at the cursor. */
export interface RequestAt {
  readonly task: string;
  readonly label: string;
  readonly sent: number;
}

export interface ProcessAt {
  readonly lane: Lane;
  /** True while the process is starting up (its `startup` span holds t). */
  readonly startingUp: boolean;
  /** Event loops and threads of this process that have or had work, in display order. */
  readonly runners: readonly RunnerAt[];
  /** Tasks not started yet, waiting for a pool slot, semaphore or connection, in the order they queued. */
  readonly queued: readonly TaskAt[];
  /** Requests in flight from this process, oldest first. */
  readonly inFlight: readonly RequestAt[];
  /** The task holding this process's GIL (a task `running` on one of its threads), if any. */
  readonly gil: TaskAt | null;
}

export interface PythonState {
  readonly t: number;
  readonly processes: readonly ProcessAt[];
}
