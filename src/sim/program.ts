import type { Semaphore } from './semaphore';

/** Something that runs blocking jobs on threads: a ThreadPoolExecutor. */
export interface Executor {
  submit(job: Job): void;
}

/**
 * One step of a task's program. Programs are shared by every task of a run (no per-task copies).
 * - `cpu`: pure Python work; holds the thread, the GIL and a core.
 * - `request`: an HTTP call. On an event loop it is awaited (the task suspends, the loop runs others)
 *   unless `blocking` (requests.get inside a coroutine: the loop's thread is held). On a plain thread it
 *   always blocks its thread (but releases the GIL). `connector` is aiohttp's connection limit.
 * - `acquire` / `release`: asyncio.Semaphore.
 * - `executor`: loop.run_in_executor: the task waits while a pool thread runs `steps`.
 */
export type Step =
  | { readonly kind: 'cpu'; readonly ms: number }
  | { readonly kind: 'request'; readonly blocking: boolean; readonly connector?: Semaphore }
  | { readonly kind: 'acquire'; readonly semaphore: Semaphore }
  | { readonly kind: 'release'; readonly semaphore: Semaphore }
  | { readonly kind: 'executor'; readonly executor: Executor; readonly steps: readonly Step[] };

/**
 * Work for a thread: run `steps` for `task`; `finish` records the task as done at the end, then `onDone(task)`
 * runs (one function shared by every job of a run, not a closure per job).
 */
export interface Job {
  readonly task: number;
  readonly steps: readonly Step[];
  readonly finish: boolean;
  readonly onDone?: (task: number) => void;
}
