import type { ParamKey, Params, Scenario } from '../../trace/scenario';
import {
  checkParams,
  checkParamValues,
  DEFAULT_SEED,
  defaultScenario,
  isNumericKey,
  PARAM_SPECS,
} from '../../strategies';
import { DEFAULT_STRATEGY, parseNumber } from '..';
import { JITTER_KINDS, PARAM_KEYS, paramName } from '../../trace/params';
import { resolveStrategy } from './strategyName';
import { boundedValue } from './query';
import { urlFeature, type QueryEntry, type QueryReader } from './types';

const SEED_REASON = { code: 'number', min: 0, max: 0xffffffff, whole: true } as const;
/** The keys a parameter may come under: its query name, and its field name (`latencyMs`) as older links wrote. */
const keysOf = (key: ParamKey) => [...new Set([paramName(key), key])];

function readStrategy(query: QueryReader): Scenario | undefined {
  const read = query.take(['strategy']);
  if (!read) return undefined;
  const value = boundedValue(query, read);
  if (value === null) return undefined;
  const id = resolveStrategy(value);
  if (id) return defaultScenario(id);
  query.reject(read, { code: 'strategy' });
  return undefined;
}

/** The scenario with one parameter set from the query, or the same scenario after a notice. */
function readParam(query: QueryReader, scenario: Scenario, key: ParamKey): Scenario {
  const read = query.take(keysOf(key));
  if (!read) return scenario;
  const text = boundedValue(query, read);
  if (text === null) return scenario;
  if (!isNumericKey(key)) {
    const kind = JITTER_KINDS.find((k) => k === text.trim().toLowerCase());
    if (kind) return { ...scenario, params: { ...scenario.params, jitterKind: kind } };
    query.reject(read, { code: 'choice', choices: JITTER_KINDS });
    return scenario;
  }
  const value = parseNumber(text);
  const params: Params = { ...scenario.params, [key]: value ?? Number.NaN };
  if (value !== null && !checkParamValues(params)[key]) return { ...scenario, params };
  const spec = PARAM_SPECS[key];
  query.reject(read, { code: 'number', min: spec.min, max: spec.max, whole: spec.unit === '' });
  return scenario;
}

function readSeed(query: QueryReader, scenario: Scenario): Scenario {
  const read = query.take(['seed']);
  if (!read) return scenario;
  const text = boundedValue(query, read);
  if (text === null) return scenario;
  const seed = parseNumber(text);
  if (seed !== null && !checkParams(scenario.params, seed).seed) return { ...scenario, seed };
  query.reject(read, SEED_REASON);
  return scenario;
}

/**
 * The scenario: `strategy` (an id, or an unambiguous part of one), each parameter by its CLI name (`tasks`,
 * `latency`, `jitter-kind`…) and `seed`. A bad value keeps the strategy's default and adds a notice.
 * Written as the strategy, then only what differs from its defaults.
 */
export const scenarioFeature = urlFeature<Scenario>({
  keys: ['strategy', 'seed', ...PARAM_KEYS.flatMap(keysOf)],
  read: (query) => {
    const picked = readStrategy(query);
    const base = picked ?? defaultScenario(DEFAULT_STRATEGY);
    let scenario = base;
    for (const key of PARAM_KEYS) scenario = readParam(query, scenario, key);
    scenario = readSeed(query, scenario);
    return picked !== undefined || scenario !== base ? scenario : undefined;
  },
  select: (state) => state.scenario,
  apply: (scenario, state) => {
    state.loadScenario(scenario);
  },
  write: (scenario) => {
    const defaults = defaultScenario(scenario.strategy);
    const entries: QueryEntry[] = [['strategy', scenario.strategy]];
    for (const key of PARAM_KEYS) {
      if (scenario.params[key] !== defaults.params[key])
        entries.push([paramName(key), String(scenario.params[key])]);
    }
    if (scenario.seed !== DEFAULT_SEED) entries.push(['seed', String(scenario.seed)]);
    return entries;
  },
});
