import type { ParamKey, Params } from '../trace/scenario';
import { NUMERIC_PARAMS, checkJitterKind, checkNumber, type NumericParamKey } from '../trace/params';
import type { ParamSpec } from './types';

export { MAX_TASKS, isNumericKey } from '../trace/params';

/** Shared defaults; each strategy overrides what its story needs. */
export const BASE_PARAMS: Params = {
  tasks: 5,
  latencyMs: 3000,
  jitterMs: 0,
  jitterKind: 'uniform',
  overheadMs: 3,
  cpuMs: 0,
  workers: 4,
  concurrency: 16,
  connectorLimit: 100,
  chunksize: 0,
  cores: 4,
  startupMs: 0,
};

/** English label and help of each numeric parameter; bounds, unit and names come from its spec (trace/params.ts). */
const WORDS: Record<NumericParamKey, readonly [label: string, help: string]> = {
  tasks: ['Tasks', 'How many requests the program makes.'],
  latencyMs: ['Endpoint latency', 'How long the slow endpoint takes to answer.'],
  jitterMs: ['Jitter', 'Random spread of each response time (seeded).'],
  overheadMs: ['Client overhead', 'Extra time per request: connect, headers, parsing.'],
  cpuMs: ['CPU per task', 'Pure-Python work after each response (holds the GIL).'],
  workers: ['Workers', 'Pool size: threads or processes.'],
  concurrency: ['Concurrency', 'Semaphore limit, or coroutines per process.'],
  connectorLimit: ['Connection limit', "aiohttp's connections per session; 0 = no limit."],
  chunksize: ['Chunk size', "Pool.map's chunks; 0 = Python's default ceil(N / 4p)."],
  cores: ['CPU cores', 'Cores shared by every process.'],
  startupMs: ['Process start-up', 'Time before a new process can take work.'],
};

/** Bounds and labels of every numeric parameter. */
export const PARAM_SPECS = Object.fromEntries(
  Object.values(NUMERIC_PARAMS).map((s) => {
    const [label, help] = WORDS[s.key];
    return [s.key, { key: s.key, label, unit: s.unit, min: s.min, max: s.max, step: 1, log: s.log, help }];
  }),
) as Record<NumericParamKey, ParamSpec>;

/**
 * Checks every numeric parameter against its bounds; returns a message per bad key (empty when valid).
 * @example checkParamValues({ ...BASE_PARAMS, tasks: 0 }) // { tasks: 'Tasks must be between 1 and 100000.' }
 */
export function checkParamValues(params: Params): Partial<Record<ParamKey, string>> {
  const errors: Partial<Record<ParamKey, string>> = {};
  for (const s of Object.values(PARAM_SPECS)) {
    const problem = checkNumber(s.key, params[s.key]);
    if (problem?.code === 'not-number') errors[s.key] = `${s.label} must be a number.`;
    else if (problem?.code === 'out-of-range')
      errors[s.key] = `${s.label} must be between ${s.min} and ${s.max}.`;
    else if (problem?.code === 'not-whole') errors[s.key] = `${s.label} must be a whole number.`;
  }
  if (checkJitterKind(params.jitterKind)) errors.jitterKind = 'Jitter kind must be uniform or lognormal.';
  return errors;
}
