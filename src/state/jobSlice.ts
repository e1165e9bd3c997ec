import { begun, isCurrentJob, NO_JOBS, withJob, type JobErrors, type JobKind, type Jobs } from './job';
import type { SliceCreator } from './types';

/**
 * One lifecycle for every screen's job: begun (earlier answers become stale), progress, failed, cancelled,
 * settled. Finishing with a result is each screen's own action (`completeRun`, `completeScaling`, …), built on
 * `finished` from ./job.
 */
export interface JobSlice {
  readonly jobs: Jobs;
  /** Starts a new job for `kind` (making every earlier one stale) and returns its id. */
  readonly beginJob: (kind: JobKind) => number;
  /** Ignored (false) when `runId` is stale; progress never goes backwards and stays within 0…1. */
  readonly reportJob: (kind: JobKind, runId: number, fraction: number) => boolean;
  readonly failJob: <K extends JobKind>(kind: K, runId: number, error: JobErrors[K]) => boolean;
  /** Stops a running job: its answers become stale and it says it was cancelled. */
  readonly cancelJob: (kind: JobKind) => void;
  /** Ends any job without a new result, because the one on screen already answers. */
  readonly settleJob: (kind: JobKind) => void;
}

export const createJobSlice: SliceCreator<JobSlice> = (set, get) => ({
  jobs: NO_JOBS,
  beginJob: (kind) => {
    const s = get();
    const job = begun(s.jobs[kind]);
    set(withJob(s, kind, job));
    return job.runId;
  },
  reportJob: (kind, runId, fraction) => {
    const s = get();
    if (!isCurrentJob(s, kind, runId)) return false;
    const job = s.jobs[kind];
    set(withJob(s, kind, { ...job, progress: Math.min(1, Math.max(job.progress, fraction)) }));
    return true;
  },
  failJob: (kind, runId, error) => {
    const s = get();
    if (!isCurrentJob(s, kind, runId)) return false;
    set(withJob(s, kind, { ...s.jobs[kind], status: 'error', error }));
    return true;
  },
  cancelJob: (kind) => {
    const s = get();
    const job = s.jobs[kind];
    if (job.status !== 'running') return;
    set(withJob(s, kind, { ...job, runId: job.runId + 1, status: 'cancelled' }));
  },
  settleJob: (kind) => {
    const s = get();
    set(withJob(s, kind, { runId: s.jobs[kind].runId + 1, status: 'idle', progress: 1, error: null }));
  },
});
