import type { Trace } from '../trace/types';
import type { RunProblem } from './runProblem';
import { cursorInto } from './playbackSlice';
import type { AppState, SliceCreator } from './types';

export type RunStatus = 'idle' | 'running' | 'error';
/** Where a run was simulated: on the page's thread (small scenarios) or in a Web Worker. */
export type RunThread = 'main' | 'worker';

export interface RunSlice {
  /** The last trace that completed; kept on screen while a newer run is on its way or has failed. */
  readonly trace: Trace | null;
  readonly status: RunStatus;
  /** 0…1 while running. */
  readonly progress: number;
  /** Why the current run failed; null unless status is 'error'. */
  readonly error: RunProblem | null;
  /** Id of the current run; answers for any other id are stale and dropped. */
  readonly runId: number;
  /** Where the current run executes. */
  readonly thread: RunThread;
  /** Starts a new run (making every earlier one stale) and returns its id. */
  readonly beginRun: (thread?: RunThread) => number;
  /** Ignored (false) when `runId` is stale. */
  readonly reportProgress: (runId: number, fraction: number) => boolean;
  readonly completeRun: (runId: number, trace: Trace) => boolean;
  readonly failRun: (runId: number, problem: RunProblem) => boolean;
  /** Ends any run without a new trace, because the one on screen already shows the scenario. */
  readonly settleRun: () => void;
}

export const createRunSlice: SliceCreator<RunSlice> = (set, get) => {
  /** Applies `patch` only when `runId` is the current run. */
  const ifCurrent = (runId: number, patch: Partial<AppState>): boolean => {
    const current = get();
    if (runId !== current.runId || current.status !== 'running') return false;
    set(patch);
    return true;
  };
  return {
    trace: null,
    status: 'idle',
    progress: 0,
    error: null,
    runId: 0,
    thread: 'main',
    beginRun: (thread = 'main') => {
      const runId = get().runId + 1;
      set({ runId, status: 'running', progress: 0, error: null, thread });
      return runId;
    },
    reportProgress: (runId, fraction) =>
      ifCurrent(runId, { progress: Math.min(1, Math.max(get().progress, fraction)) }),
    completeRun: (runId, trace) => {
      const s = get();
      const shown = s.imported?.trace ?? trace;
      return ifCurrent(runId, { trace, status: 'idle', progress: 1, ...cursorInto(s, shown) });
    },
    failRun: (runId, problem) => ifCurrent(runId, { status: 'error', error: problem }),
    settleRun: () => set({ runId: get().runId + 1, status: 'idle', progress: 1, error: null }),
  };
};
