import type { StoreApi } from 'zustand';
import type { LiveReport, LiveRunOptions } from '../../live/types';
import { sameScenario, toLiveFaults, type AppState } from '../../state';
import type { Scenario } from '../../trace/scenario';
import type { Trace } from '../../trace/types';
import { describeError } from '../../state/runProblem';
import { calibrate } from './calibrate';

export interface LiveRunDeps {
  /** Runs a scenario for real (live mode's `runLive`, loaded on demand). */
  readonly runLive: (scenario: Scenario, options: LiveRunOptions) => Promise<LiveReport>;
  /** Simulates the same scenario, to draw under the live run. */
  readonly simulate: (scenario: Scenario) => Trace;
}

/**
 * Runs the explorer's scenario live, with the fault settings, and stores the answer under a fresh run id (so
 * an older run's late answer is dropped). The simulation is taken before the live run starts, from the
 * explorer's trace when it shows the same scenario, so it never competes with the live run for the thread.
 * Returns the controller whose `abort()` cancels the run (its partial trace is kept).
 * @example const run = startLiveRun(useAppStore, deps); cancelButton.onclick = () => run.abort();
 */
export function startLiveRun(store: StoreApi<AppState>, deps: LiveRunDeps): AbortController {
  const controller = new AbortController();
  const state = store.getState();
  const { scenario, trace } = state;
  const runId = state.beginLive();
  const fail = (message: string) => store.getState().failJob('live', runId, message);
  let simTrace: Trace;
  try {
    simTrace = trace && sameScenario(trace.scenario, scenario) ? trace : deps.simulate(scenario);
  } catch (error) {
    fail(describeError(error));
    return controller;
  }
  deps
    .runLive(scenario, {
      faults: toLiveFaults(state.liveFaults),
      signal: controller.signal,
      onProgress: (progress) => store.getState().reportLiveProgress(runId, progress),
    })
    .then(
      (report) => {
        // With the browser's real worker start-up, the simulation compares like with like.
        const calibrated = calibrate(scenario, report.calibration);
        let sim = simTrace;
        try {
          if (calibrated !== scenario) sim = deps.simulate(calibrated);
        } catch (error) {
          return fail(describeError(error));
        }
        store.getState().completeLive(runId, report, sim);
      },
      (error: unknown) => fail(describeError(error)),
    );
  return controller;
}
