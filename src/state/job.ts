import type { RunProblem } from './runProblem';
import type { AppTab } from './viewSlice';
import type { AppState } from './types';

/** Where a screen's job is: never started or finished, on its way, stopped by the user, or failed. */
export type JobStatus = 'idle' | 'running' | 'cancelled' | 'error';

/**
 * One screen's background job (a simulation, a comparison, a sweep, a live run), the same shape on every
 * screen. Each new job gets a fresh `runId`; an answer carrying any other id is stale and dropped.
 */
export interface Job<E> {
  readonly runId: number;
  readonly status: JobStatus;
  /** 0…1 while running; it never goes backwards. */
  readonly progress: number;
  /** Why the job failed; null unless status is 'error'. */
  readonly error: E | null;
}

/** What each screen's failures are: typed problems the UI words, except live runs (the browser's own text). */
export interface JobErrors {
  readonly explore: RunProblem;
  readonly compare: RunProblem;
  readonly scaling: RunProblem;
  readonly live: string;
}

/** Every screen has one job; the key is the screen. */
export type JobKind = AppTab & keyof JobErrors;
export type Jobs = { readonly [K in JobKind]: Job<JobErrors[K]> };

const NO_JOB: Job<never> = { runId: 0, status: 'idle', progress: 0, error: null };
export const NO_JOBS: Jobs = { explore: NO_JOB, compare: NO_JOB, scaling: NO_JOB, live: NO_JOB };

/** `job` begun again: a fresh id (every earlier answer becomes stale), running, no progress, no error. */
export const begun = (job: Job<unknown>): Job<never> => ({
  runId: job.runId + 1,
  status: 'running',
  progress: 0,
  error: null,
});

/** The state patch that puts `job` in place of `kind`'s. */
export const withJob = <K extends JobKind>(s: AppState, kind: K, job: Jobs[K]): Pick<AppState, 'jobs'> => ({
  jobs: { ...s.jobs, [kind]: job },
});

/** Whether `runId` is `kind`'s job and it is still running: only then may an answer change anything. */
export const isCurrentJob = (s: AppState, kind: JobKind, runId: number): boolean =>
  s.jobs[kind].runId === runId && s.jobs[kind].status === 'running';

/**
 * The patch that finishes `kind`'s job `runId` (status idle, progress full) with the screen's own result in
 * `result`; null when the answer is stale. Each screen's `complete…` action applies it.
 */
export function finished<K extends JobKind>(
  s: AppState,
  kind: K,
  runId: number,
  result: Partial<AppState> = {},
): Partial<AppState> | null {
  if (!isCurrentJob(s, kind, runId)) return null;
  return { ...result, ...withJob(s, kind, { ...s.jobs[kind], status: 'idle', progress: 1 }) };
}
