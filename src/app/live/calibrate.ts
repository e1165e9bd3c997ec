import type { LiveReport } from '../../live/types';
import { getStrategy } from '../../strategies';
import type { Scenario } from '../../trace/scenario';

/**
 * The scenario with what the browser measured in place of what it assumed (a worker's real start-up instead of
 * the 500 ms a spawned Python process takes), for the parameters the strategy uses; the same object when
 * nothing applies. The simulation drawn under a live run uses it, so the two compare like with like.
 * @example calibrate(aiomultiprocessScenario, { startupMs: 48 }).params.startupMs // 48
 */
export function calibrate(scenario: Scenario, calibration: LiveReport['calibration']): Scenario {
  const { startupMs } = calibration;
  if (startupMs === undefined || !getStrategy(scenario.strategy).params.includes('startupMs'))
    return scenario;
  if (startupMs === scenario.params.startupMs) return scenario;
  return { ...scenario, params: { ...scenario.params, startupMs } };
}
