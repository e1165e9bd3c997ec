import { checkBudget } from '../../strategies';
import type { Scenario } from '../../trace/scenario';
import type { Trace } from '../../trace/types';
import type { RunThread } from '../../state';
import { describeError, runProblemOf, type RunProblem } from '../../state/runProblem';
import type { FromWorker, WorkerLike } from './protocol';
import { runsInWorker } from './threshold';
import { unpackTrace } from './unpackTrace';

/** Share of the progress bar for the simulation itself; unpacking the trace on the page fills the rest. */
const SIMULATED = 0.6;

export interface RunCallbacks {
  readonly onProgress: (fraction: number) => void;
  readonly onDone: (trace: Trace) => void;
  readonly onError: (problem: RunProblem) => void;
}

export interface SimRunnerDeps {
  /** Simulates on the calling thread. */
  readonly simulate: (scenario: Scenario) => Trace;
  /** Spawns a simulation worker. */
  readonly createWorker: () => WorkerLike;
  /** Whether a scenario is large enough for the worker. */
  readonly wantsWorker?: (scenario: Scenario) => boolean;
}

export interface SimRunner {
  /** Where `run` would simulate this scenario. */
  readonly threadFor: (scenario: Scenario) => RunThread;
  /** Runs a scenario, cancelling whatever ran before: its callbacks will never fire again. */
  readonly run: (scenario: Scenario, callbacks: RunCallbacks) => RunThread;
  /** Cancels the current job (its callbacks never fire); a busy worker is terminated, an idle one kept. */
  readonly cancel: () => void;
  /** Cancels the current job and terminates the worker. */
  readonly dispose: () => void;
}

/**
 * Runs scenarios: small ones at once on this thread, large ones in one reusable module worker.
 * A job still running when a newer one arrives is cancelled by terminating the worker (a fresh one spawns in
 * ~20–50 ms), so a stale large run never delays the current one. A worker that fails is replaced next time.
 */
export function createSimRunner(deps: SimRunnerDeps): SimRunner {
  const wantsWorker = deps.wantsWorker ?? runsInWorker;
  let worker: WorkerLike | null = null;
  let busy = false;
  let jobId = 0;

  const drop = () => {
    worker?.terminate();
    worker = null;
    busy = false;
  };

  const spawn = (callbacks: () => RunCallbacks | null): WorkerLike => {
    const w = deps.createWorker();
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      const cb = callbacks();
      if (message.jobId !== jobId || !cb) return; // an answer to a cancelled job
      switch (message.type) {
        case 'progress':
          cb.onProgress(message.fraction);
          break;
        case 'done': {
          busy = false;
          const job = jobId;
          cb.onProgress(SIMULATED);
          unpackTrace(
            message.packed,
            (f) => job === jobId && cb.onProgress(SIMULATED + (1 - SIMULATED) * f),
            () => job !== jobId,
          )
            .then((trace) => trace && job === jobId && cb.onDone(trace))
            .catch(
              (error: unknown) =>
                job === jobId && cb.onError({ code: 'read-trace', detail: describeError(error) }),
            );
          break;
        }
        case 'error':
          busy = false;
          cb.onError(message.problem);
          break;
        case 'over-budget':
          busy = false;
          cb.onError({ code: 'over-budget', budget: message.problem });
          break;
      }
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      const cb = busy ? callbacks() : null;
      drop();
      cb?.onError({ code: 'worker-failed', detail: event.message || null });
    };
    w.onmessageerror = () => {
      const cb = busy ? callbacks() : null;
      drop();
      cb?.onError({ code: 'bad-message' });
    };
    return w;
  };

  let current: RunCallbacks | null = null;
  const threadFor = (scenario: Scenario): RunThread => (wantsWorker(scenario) ? 'worker' : 'main');

  return {
    threadFor,
    run: (scenario, callbacks) => {
      jobId += 1;
      current = callbacks;
      if (busy) drop(); // cancel the stale job rather than wait for it
      // Refused before any work, on this thread: nothing runs, and the picture on screen stays.
      const over = checkBudget(scenario);
      if (over !== null) {
        callbacks.onError({ code: 'over-budget', budget: over });
        return 'main';
      }
      const thread = threadFor(scenario);
      if (thread === 'main') {
        try {
          callbacks.onDone(deps.simulate(scenario));
        } catch (error) {
          callbacks.onError(runProblemOf(error));
        }
        return thread;
      }
      try {
        worker ??= spawn(() => current);
        busy = true;
        worker.postMessage({ type: 'simulate', jobId, scenario });
      } catch (error) {
        drop();
        callbacks.onError({ code: 'start-worker', detail: describeError(error) });
      }
      return thread;
    },
    cancel: () => {
      jobId += 1;
      current = null;
      if (busy) drop();
    },
    dispose: () => {
      jobId += 1;
      current = null;
      drop();
    },
  };
}
