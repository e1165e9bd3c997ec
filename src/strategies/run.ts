import type { ParamKey, Params, Scenario, StrategyId } from '../trace/scenario';
import type { ParamProblem } from '../trace/params';
import type { Trace } from '../trace/types';
import { getStrategy } from './catalogue';
import { WorkLimitExceeded } from '../sim/budget';
import type { Detail } from '../sim/recorder';
import type { World } from '../sim/world';
import { mainWorld } from './mainProcess';
import { checkBudget, OverBudget, stoppedProblem } from './budget';
import { BASE_PARAMS, checkParamValues, paramSpecsFor } from './params';

export const DEFAULT_SEED = 1;
/** The largest seed: the RNG's state is 32 bits. */
export const MAX_SEED = 0xffffffff;

/** Why a scenario cannot run: a parameter's problem, or a seed that is not a whole number in [0, MAX_SEED]. */
export type ScenarioProblem =
  | ParamProblem
  | { readonly code: 'bad-seed'; readonly key: 'seed'; readonly min: 0; readonly max: typeof MAX_SEED };

export type ScenarioProblems = Partial<Record<ParamKey | 'seed', ScenarioProblem>>;

/** Thrown by `simulateScenario` for a scenario `checkParams` rejects; `problems` says why, for the UI to word. */
export class ScenarioError extends RangeError {
  constructor(readonly problems: readonly ScenarioProblem[]) {
    super(`scenario cannot run: ${problems.map((p) => `${p.key} (${p.code})`).join(', ')}`);
    this.name = 'ScenarioError';
  }
}

/** The parameters a strategy starts with. */
export function defaultParams(id: StrategyId): Params {
  return { ...BASE_PARAMS, ...getStrategy(id).defaults };
}

/**
 * The default scenario of a strategy, with some parameters (and the seed) changed.
 * @example defaultScenario('thread-pool', { workers: 8 }) // its defaults, 8 threads, seed 1
 */
export function defaultScenario(id: StrategyId, over: Partial<Params> = {}, seed = DEFAULT_SEED): Scenario {
  return { strategy: id, params: { ...defaultParams(id), ...over }, seed };
}

/**
 * The problem of every parameter (and the seed) that is out of bounds for strategy `id` (run_in_executor's
 * workers go down to 0, its default executor); empty when the scenario can run.
 * @example checkParams('sequential', { ...defaultParams('sequential'), tasks: 0 }) // { tasks: { code: 'out-of-range', … } }
 */
export function checkParams(id: StrategyId, params: Params, seed = DEFAULT_SEED): ScenarioProblems {
  const problems: ScenarioProblems = checkParamValues(params, paramSpecsFor(id));
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    problems.seed = { code: 'bad-seed', key: 'seed', min: 0, max: MAX_SEED };
  return problems;
}

function checked(scenario: Scenario): void {
  const problems = Object.values(checkParams(scenario.strategy, scenario.params, scenario.seed));
  if (problems.length > 0) throw new ScenarioError(problems);
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

/** The world of a scenario as its strategy lays it out, not run yet. */
function setUpWorld(scenario: Scenario, detail: Detail): World {
  const { world, main } = mainWorld(scenario, detail);
  getStrategy(scenario.strategy).setUp(world, main, scenario.params);
  return world;
}

/**
 * Simulates a scenario; deterministic for a given seed. Throws a `ScenarioError` on parameters `checkParams`
 * rejects, and `OverBudget` for a run past its work budget (see budget.ts).
 * @example simulateScenario(defaultScenario('asyncio-gather')) // 5 × 3 s requests in ≈ 3 s
 */
export function simulateScenario(scenario: Scenario): Trace {
  checked(scenario);
  return withinBudget(scenario, 'full', () => setUpWorld(scenario, 'full').trace());
}

/**
 * Only the outcome of a scenario: makespan and throughput, the same figures `makespan` and `throughput` read
 * from `simulateScenario`'s trace, without making a trace at all (the sweep's 100,000-task runs would otherwise
 * keep millions of segments and events, and make an object per task).
 */
export function simulateOutcome(scenario: Scenario): {
  readonly makespanMs: number;
  readonly throughputPerS: number;
} {
  checked(scenario);
  const { makespanMs, done } = withinBudget(scenario, 'outcome', () =>
    setUpWorld(scenario, 'outcome').outcome(),
  );
  return { makespanMs, throughputPerS: makespanMs > 0 ? done / (makespanMs / 1000) : 0 };
}
