import type { Trace } from '../trace/types';
import { begun, finished, withJob } from './job';
import { cursorInto } from './playbackSlice';
import type { SliceCreator } from './types';

/** Where a run was simulated: on the page's thread (small scenarios) or in a Web Worker. */
export type RunThread = 'main' | 'worker';

/** The explorer's result; its job is `jobs.explore` (see ./jobSlice). */
export interface RunSlice {
  /** The last trace that completed; kept on screen while a newer run is on its way or has failed. */
  readonly trace: Trace | null;
  /** Where the current run executes. */
  readonly thread: RunThread;
  /** Begins the explorer's job (making every earlier one stale) on `thread` and returns its id. */
  readonly beginRun: (thread?: RunThread) => number;
  /** Ignored (false) when `runId` is stale. */
  readonly completeRun: (runId: number, trace: Trace) => boolean;
}

export const createRunSlice: SliceCreator<RunSlice> = (set, get) => ({
  trace: null,
  thread: 'main',
  beginRun: (thread = 'main') => {
    const s = get();
    const job = begun(s.jobs.explore);
    set({ ...withJob(s, 'explore', job), thread });
    return job.runId;
  },
  completeRun: (runId, trace) => {
    const s = get();
    const shown = s.imported?.trace ?? trace;
    const patch = finished(s, 'explore', runId, { trace, ...cursorInto(s, shown) });
    if (patch) set(patch);
    return patch !== null;
  },
});
