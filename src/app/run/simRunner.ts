import { checkBudget } from '../../strategies';
import { baselineFor, rememberBaseline, sequentialOf } from '../../strategies/baseline';
import type { Scenario } from '../../trace/scenario';
import type { Trace } from '../../trace/types';
import type { RunThread } from '../../state';
import { describeError, runProblemOf } from '../../state/runProblem';
import { JobWorker, type JobCallbacks } from '../jobs/jobWorker';
import type { Simulated, SimWorkerLike } from './protocol';
import { runsInWorker } from './threshold';
import { unpackTrace } from './unpackTrace';

/** Share of the progress bar for the simulation itself; unpacking the trace on the page fills the rest. */
const SIMULATED = 0.6;

export type RunCallbacks = JobCallbacks<Trace>;

export interface SimRunnerDeps {
  /** Simulates on the calling thread. */
  readonly simulate: (scenario: Scenario) => Trace;
  /** Spawns a simulation worker. */
  readonly createWorker: () => SimWorkerLike;
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
 * Runs scenarios: small ones at once on this thread, large ones in one reusable module worker (a
 * `JobWorker`: a stale large run is terminated, never waited for). The worker's packed trace is unpacked on
 * the page in slices, with progress, and dropped if a newer run starts meanwhile.
 */
export function createSimRunner(deps: SimRunnerDeps): SimRunner {
  const wantsWorker = deps.wantsWorker ?? runsInWorker;
  const worker = new JobWorker(deps.createWorker);
  /** Counts runs, so an unpacking that a newer run overtook is dropped. */
  let generation = 0;
  const threadFor = (scenario: Scenario): RunThread => (wantsWorker(scenario) ? 'worker' : 'main');

  const unpack = (run: number, scenario: Scenario, callbacks: RunCallbacks) => (simulated: Simulated) => {
    const { packed, baseline } = simulated;
    // The worker simulated the baseline too: drawing the figures then only reads the cache.
    if (baseline.kind === 'ok' || baseline.kind === 'failed')
      rememberBaseline(sequentialOf(scenario), baseline);
    const current = () => run === generation;
    callbacks.onProgress(SIMULATED);
    unpackTrace(
      packed,
      (f) => current() && callbacks.onProgress(SIMULATED + (1 - SIMULATED) * f),
      () => !current(),
    )
      .then((trace) => trace && current() && callbacks.onDone(trace))
      .catch(
        (error: unknown) =>
          current() && callbacks.onError({ code: 'read-trace', detail: describeError(error) }),
      );
  };

  const cancel = () => {
    generation += 1;
    worker.cancel();
  };

  return {
    threadFor,
    run: (scenario, callbacks) => {
      cancel();
      // Refused before any work, on this thread: nothing runs, and the picture on screen stays.
      const over = checkBudget(scenario);
      if (over !== null) {
        callbacks.onError({ code: 'over-budget', budget: over });
        return 'main';
      }
      const thread = threadFor(scenario);
      if (thread === 'main') {
        try {
          const trace = deps.simulate(scenario);
          baselineFor(trace); // simulated (and cached) here, with the run, rather than while drawing
          callbacks.onDone(trace);
        } catch (error) {
          callbacks.onError(runProblemOf(error));
        }
        return thread;
      }
      worker.run(scenario, { ...callbacks, onDone: unpack(generation, scenario, callbacks) });
      return thread;
    },
    cancel,
    dispose: () => {
      generation += 1;
      worker.dispose();
    },
  };
}
