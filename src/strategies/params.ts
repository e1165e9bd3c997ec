import type { ParamKey, Params, StrategyId } from '../trace/scenario';
import { NUMERIC_PARAMS, checkJitterKind, checkNumber, type NumericParamKey } from '../trace/params';
import type { ParamSpec } from './types';

export { MAX_TASKS, isNumericKey } from '../trace/params';

/**
 * CPU the client spends per request, measured on CPython 3.11 with a local endpoint: aiohttp 3.8 in a
 * gather of 100–500 requests 0.24–0.41 ms; requests 2.28 (a new connection per get) 1.4–2.2 ms.
 */
export const AIOHTTP_REQUEST_CPU_MS = 0.4;
export const REQUESTS_REQUEST_CPU_MS = 1.5;

/** Shared defaults; each strategy overrides what its story needs. */
export const BASE_PARAMS: Params = {
  tasks: 5,
  latencyMs: 3000,
  jitterMs: 0,
  jitterKind: 'uniform',
  overheadMs: 3,
  requestCpuMs: AIOHTTP_REQUEST_CPU_MS,
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
  requestCpuMs: [
    'CPU per request',
    'Client work to send a request and read its answer, on the thread that makes it.',
  ],
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
export function checkParamValues(
  params: Params,
  specs: Readonly<Record<NumericParamKey, ParamSpec>> = PARAM_SPECS,
): Partial<Record<ParamKey, string>> {
  const errors: Partial<Record<ParamKey, string>> = {};
  for (const s of Object.values(specs)) {
    const problem = checkNumber(s.key, params[s.key], s);
    if (problem?.code === 'not-number') errors[s.key] = `${s.label} must be a number.`;
    else if (problem?.code === 'out-of-range')
      errors[s.key] = `${s.label} must be between ${s.min} and ${s.max}.`;
    else if (problem?.code === 'not-whole') errors[s.key] = `${s.label} must be a whole number.`;
  }
  if (checkJitterKind(params.jitterKind)) errors.jitterKind = 'Jitter kind must be uniform or lognormal.';
  return errors;
}

/**
 * run_in_executor(None, ...) runs on the loop's default executor: its `workers` go down to 0, which stands for
 * that pool (min(32, cores + 4) threads, derived from `cores`).
 */
const EXECUTOR_SPECS: Readonly<Record<NumericParamKey, ParamSpec>> = {
  ...PARAM_SPECS,
  workers: {
    ...PARAM_SPECS.workers,
    min: 0,
    help: "Threads in the pool; 0 = Python's default executor, min(32, cores + 4) threads.",
  },
};

/** The specs of every numeric parameter as strategy `id` offers them (bounds and help). */
export function paramSpecsFor(id: StrategyId): Readonly<Record<NumericParamKey, ParamSpec>> {
  return id === 'run-in-executor' ? EXECUTOR_SPECS : PARAM_SPECS;
}
