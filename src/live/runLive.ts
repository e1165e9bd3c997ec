import type { Scenario } from '../trace/scenario';
import type { LiveReport, LiveRunOptions } from './types';

/**
 * Runs `scenario` for real in this browser tab and resolves with what happened (engine `live`).
 * Cancelling through `options.signal` resolves with the partial trace, marked cancelled; the promise rejects
 * only when the run cannot start (e.g. the mock endpoint failed to start), with a message for the user.
 */
export async function runLive(scenario: Scenario, options: LiveRunOptions = {}): Promise<LiveReport> {
  void scenario;
  void options;
  throw new Error('Live runs are being wired up.');
}
