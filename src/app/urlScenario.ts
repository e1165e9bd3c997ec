import type { ParamKey, Params, Scenario, StrategyId } from '../trace/scenario';
import { STRATEGY_IDS } from '../trace/scenario';
import { checkParams, defaultScenario } from '../strategies';
import { parseNumber } from '../state';

/** Query names, as the CLI spells its flags: `?strategy=thread-pool&tasks=20&latency=1000`. */
export const QUERY_NAMES: Readonly<Record<ParamKey, string>> = {
  tasks: 'tasks',
  latencyMs: 'latency',
  jitterMs: 'jitter',
  jitterKind: 'jitter-kind',
  overheadMs: 'overhead',
  requestCpuMs: 'request-cpu',
  cpuMs: 'cpu',
  workers: 'workers',
  concurrency: 'concurrency',
  connectorLimit: 'connector-limit',
  chunksize: 'chunksize',
  cores: 'cores',
  startupMs: 'startup',
};
const KEYS = Object.keys(QUERY_NAMES) as ParamKey[];

/** A strategy id, or an unambiguous part of one (`gather` → `asyncio-gather`). */
export function resolveStrategy(name: string | null): StrategyId | null {
  if (!name) return null;
  const wanted = name.trim().toLowerCase();
  const exact = STRATEGY_IDS.find((id) => id === wanted);
  if (exact) return exact;
  const partial = STRATEGY_IDS.filter((id) => id.split('-').includes(wanted) || id.endsWith(wanted));
  return partial.length === 1 ? partial[0] : null;
}

/**
 * The scenario a link asks for: its strategy's defaults, overridden by every value in the query that is valid
 * (invalid ones are ignored, not fatal). Null when the link names no strategy and no value.
 */
export function scenarioFromSearch(search: string): Scenario | null {
  const query = new URLSearchParams(search);
  const strategy = resolveStrategy(query.get('strategy'));
  const base = defaultScenario(strategy ?? 'sequential');
  let scenario = base;
  let touched = strategy !== null;
  const seed = parseNumber(query.get('seed') ?? '');
  if (seed !== null && !checkParams(base.strategy, base.params, seed).seed) {
    scenario = { ...scenario, seed };
    touched = true;
  }
  for (const key of KEYS) {
    const raw = query.get(QUERY_NAMES[key]) ?? query.get(key);
    if (raw === null) continue;
    const value = key === 'jitterKind' ? raw : parseNumber(raw);
    if (value === null) continue;
    const params = { ...scenario.params, [key]: value } as Params;
    if (checkParams(scenario.strategy, params, scenario.seed)[key]) continue;
    scenario = { ...scenario, params };
    touched = true;
  }
  return touched ? scenario : null;
}

/** The query for a scenario: the strategy, then only what differs from its defaults. */
export function searchFromScenario(scenario: Scenario): string {
  const defaults = defaultScenario(scenario.strategy);
  const query = new URLSearchParams({ strategy: scenario.strategy });
  for (const key of KEYS) {
    if (scenario.params[key] !== defaults.params[key])
      query.set(QUERY_NAMES[key], String(scenario.params[key]));
  }
  if (scenario.seed !== defaults.seed) query.set('seed', String(scenario.seed));
  return `?${query.toString()}`;
}
