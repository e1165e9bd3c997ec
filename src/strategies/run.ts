import type { ParamKey, Params, Scenario, StrategyId } from '../trace/scenario';
import type { Trace } from '../trace/types';
import { makespan, throughput } from '../trace/makespan';
import { getStrategy } from './catalogue';
import { WorkLimitExceeded } from '../sim/budget';
import { checkBudget, OverBudget, stoppedProblem } from './budget';
import { BASE_PARAMS, checkParamValues, paramSpecsFor } from './params';

export const DEFAULT_SEED = 1;

/** The parameters a strategy starts with. */
export function defaultParams(id: StrategyId): Params {
  return { ...BASE_PARAMS, ...getStrategy(id).defaults };
}

/** The default scenario of a strategy. */
export function defaultScenario(id: StrategyId): Scenario {
  return { strategy: id, params: defaultParams(id), seed: DEFAULT_SEED };
}

/** Messages for every parameter (and the seed) that is out of bounds; empty when the scenario can run. */
export function checkParams(
  id: StrategyId,
  params: Params,
  seed = DEFAULT_SEED,
): Partial<Record<ParamKey | 'seed', string>> {
  const errors: Partial<Record<ParamKey | 'seed', string>> = checkParamValues(params, paramSpecsFor(id));
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    errors.seed = 'Seed must be a whole number from 0 to 4294967295.';
  return errors;
}

/** Runs `simulate` within the budget: refused before it starts if its estimate is over, stopped if it goes over. */
function withinBudget<T>(scenario: Scenario, detail: 'full' | 'outcome', simulate: () => T): T {
  const over = checkBudget(scenario, detail);
  if (over !== null) throw new OverBudget(over);
  try {
    return simulate();
  } catch (error) {
    if (error instanceof WorkLimitExceeded) throw new OverBudget(stoppedProblem(scenario, error));
    throw error;
  }
}

/**
 * Simulates a scenario; deterministic for a given seed. Throws on parameters `checkParams` rejects, and
 * `OverBudget` for a run past its work budget (see budget.ts).
 * @example simulateScenario(defaultScenario('asyncio-gather')) // 5 × 3 s requests in ≈ 3 s
 */
export function simulateScenario(scenario: Scenario): Trace {
  const errors = Object.values(checkParams(scenario.strategy, scenario.params, scenario.seed));
  if (errors.length > 0) throw new RangeError(errors.join(' '));
  return withinBudget(scenario, 'full', () =>
    getStrategy(scenario.strategy).simulate(scenario.params, scenario.seed),
  );
}

/**
 * Only the outcome of a scenario: makespan and throughput, the same figures `simulateScenario` gives, without
 * keeping segments and events (a sweep of 100,000-task runs would otherwise keep millions of them).
 */
export function simulateOutcome(scenario: Scenario): {
  readonly makespanMs: number;
  readonly throughputPerS: number;
} {
  const errors = Object.values(checkParams(scenario.strategy, scenario.params, scenario.seed));
  if (errors.length > 0) throw new RangeError(errors.join(' '));
  const trace = withinBudget(scenario, 'outcome', () =>
    getStrategy(scenario.strategy).simulate(scenario.params, scenario.seed, 'outcome'),
  );
  return { makespanMs: makespan(trace), throughputPerS: throughput(trace) };
}
