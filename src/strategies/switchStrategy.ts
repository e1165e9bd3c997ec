import type { ParamKey, Params, Scenario, StrategyId } from '../trace/scenario';
import { getStrategy } from './catalogue';
import { checkParams, defaultParams, defaultScenario } from './run';

/**
 * The work a program does, whatever strategy runs it: how many requests, how slow the endpoint is and how it
 * varies, the client's cost per request and the CPU work per answer. Pool sizes, k, chunk size, cores and
 * start-up belong to a strategy.
 */
export const SHARED_WORK = [
  'tasks',
  'latencyMs',
  'jitterMs',
  'jitterKind',
  'overheadMs',
  'cpuMs',
] as const satisfies readonly ParamKey[];
export type SharedWorkKey = (typeof SHARED_WORK)[number];

/** The parameter a key travels with: the jitter's shape goes with the jitter. */
const controlOf = (key: ParamKey): ParamKey => (key === 'jitterKind' ? 'jitterMs' : key);

/**
 * The scenario after picking strategy `to`: the shared work of `from` stays (when `to` has a control for it), so
 * a comparison such as "vs sequential" compares the same work; the strategy's own knobs take its defaults; the
 * seed stays. A kept value the new strategy would refuse falls back to its default.
 *
 * @example switchStrategy({ strategy: 'sequential', params: { ...p, tasks: 100 }, seed: 1 }, 'asyncio-gather')
 * // → asyncio-gather with 100 tasks and gather's connector limit
 */
export function switchStrategy(from: Scenario, to: StrategyId): Scenario {
  const uses = new Set(getStrategy(to).params);
  const defaults = defaultParams(to);
  const kept = SHARED_WORK.filter((key) => uses.has(controlOf(key)));
  const params: Params = { ...defaults, ...Object.fromEntries(kept.map((key) => [key, from.params[key]])) };
  const errors = checkParams(to, params, from.seed);
  const fixed = { ...params };
  for (const key of Object.keys(errors) as (ParamKey | 'seed')[]) {
    if (key !== 'seed') Object.assign(fixed, { [key]: defaults[key] });
  }
  return { strategy: to, params: fixed, seed: errors.seed ? defaultScenario(to).seed : from.seed };
}
