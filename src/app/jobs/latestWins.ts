import type { StoreApi } from 'zustand';
import type { AppState, JobKind } from '../../state';
import { isCurrentJob } from '../../state/job';

export interface LatestWinsWork {
  /** Begins the job in the store and returns its id; `beginJob(kind)` unless the screen records more. */
  readonly begin?: () => number;
  /** Starts job `runId`'s work; called once its delay has passed, only while it is still the current job. */
  readonly launch: (runId: number) => void;
  /** Stops the work on its way (a superseded job's answers are dropped by the store anyway). */
  readonly cancel: () => void;
}

export interface LatestWins {
  /**
   * Begins a new job at once (so the screen is busy from the moment of the change, and every earlier job is
   * stale, its work cancelled) and launches it after `delay` ms, synchronously for 'now', or for 'idle' once the
   * page has nothing else to do (at most IDLE_TIMEOUT_MS later). Returns its id.
   */
  readonly schedule: (delay: number | 'now' | 'idle') => number;
  /** Cancels what is pending or running and settles the job: what is on screen already answers. */
  readonly settle: () => void;
  /** Cancels what is pending or running; the job's state is the caller's to say. */
  readonly halt: () => void;
}

/** Longest an 'idle' launch waits for the page to be idle. */
export const IDLE_TIMEOUT_MS = 2000;

/** Runs `run` when the page is idle (a timer where the platform has no idle callbacks); returns the canceller. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

/**
 * One latest-wins scheduler for a screen's job (Perfetto's `AsyncLimiter` is the model): debounced launches,
 * and a newer request always supersedes an older one, pending or running.
 * @example const jobs = latestWins(store, 'compare', { launch, cancel: () => runner.cancel() }); jobs.schedule(120);
 */
export function latestWins(store: StoreApi<AppState>, kind: JobKind, work: LatestWinsWork): LatestWins {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle = () => {};
  const begin = work.begin ?? (() => store.getState().beginJob(kind));
  const launch = (runId: number) => {
    timer = undefined;
    if (isCurrentJob(store.getState(), kind, runId)) work.launch(runId);
  };
  const halt = () => {
    clearTimeout(timer);
    timer = undefined;
    cancelIdle();
    work.cancel();
  };
  return {
    schedule: (delay) => {
      halt();
      const runId = begin();
      if (delay === 'now') launch(runId);
      else if (delay === 'idle') cancelIdle = whenIdle(() => launch(runId));
      else timer = setTimeout(() => launch(runId), delay);
      return runId;
    },
    settle: () => {
      halt();
      store.getState().settleJob(kind);
    },
    halt,
  };
}
