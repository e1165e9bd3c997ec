import type { ParamKey, Params, StrategyId } from '../trace/scenario';
import type { ParamSpec } from './types';

/** Largest run the simulator accepts (the explorer switches to its large-run mode well before this). */
export const MAX_TASKS = 100_000;

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

type NumericKey = Exclude<ParamKey, 'jitterKind'>;

const spec = (
  key: NumericKey,
  label: string,
  unit: string,
  min: number,
  max: number,
  log: boolean,
  help: string,
): ParamSpec => ({ key, label, unit, min, max, step: 1, log, help });

/** Bounds and labels of every numeric parameter. */
export const PARAM_SPECS: Record<NumericKey, ParamSpec> = {
  tasks: spec('tasks', 'Tasks', '', 1, MAX_TASKS, true, 'How many requests the program makes.'),
  latencyMs: spec(
    'latencyMs',
    'Endpoint latency',
    'ms',
    1,
    60_000,
    true,
    'How long the slow endpoint takes to answer.',
  ),
  jitterMs: spec(
    'jitterMs',
    'Jitter',
    'ms',
    0,
    10_000,
    false,
    'Random spread of each response time (seeded).',
  ),
  overheadMs: spec(
    'overheadMs',
    'Client overhead',
    'ms',
    0,
    1000,
    false,
    'Extra time per request: connect, headers, parsing.',
  ),
  requestCpuMs: spec(
    'requestCpuMs',
    'CPU per request',
    'ms',
    0,
    100,
    false,
    'Client work to send a request and read its answer, on the thread that makes it.',
  ),
  cpuMs: spec(
    'cpuMs',
    'CPU per task',
    'ms',
    0,
    10_000,
    false,
    'Pure-Python work after each response (holds the GIL).',
  ),
  workers: spec('workers', 'Workers', '', 1, 256, false, 'Pool size: threads or processes.'),
  concurrency: spec(
    'concurrency',
    'Concurrency',
    '',
    1,
    10_000,
    true,
    'Semaphore limit, or coroutines per process.',
  ),
  connectorLimit: spec(
    'connectorLimit',
    'Connection limit',
    '',
    0,
    10_000,
    false,
    "aiohttp's connections per session; 0 = no limit.",
  ),
  chunksize: spec(
    'chunksize',
    'Chunk size',
    '',
    0,
    MAX_TASKS,
    false,
    "Pool.map's chunks; 0 = Python's default ceil(N / 4p).",
  ),
  cores: spec('cores', 'CPU cores', '', 1, 64, false, 'Cores shared by every process.'),
  startupMs: spec(
    'startupMs',
    'Process start-up',
    'ms',
    0,
    10_000,
    false,
    'Time before a new process can take work.',
  ),
};

/**
 * run_in_executor(None, ...) runs on the loop's default executor: its `workers` go down to 0, which stands for
 * that pool (min(32, cores + 4) threads, derived from `cores`).
 */
const EXECUTOR_SPECS: Readonly<Record<NumericKey, ParamSpec>> = {
  ...PARAM_SPECS,
  workers: {
    ...PARAM_SPECS.workers,
    min: 0,
    help: "Threads in the pool; 0 = Python's default executor, min(32, cores + 4) threads.",
  },
};

/** The specs of every numeric parameter as `id` offers them (bounds and help). */
export function paramSpecsFor(id: StrategyId): Readonly<Record<NumericKey, ParamSpec>> {
  return id === 'run-in-executor' ? EXECUTOR_SPECS : PARAM_SPECS;
}

export function isNumericKey(key: ParamKey): key is NumericKey {
  return key !== 'jitterKind';
}

/**
 * Checks every numeric parameter against its bounds; returns a message per bad key (empty when valid).
 * @example checkParamValues({ ...BASE_PARAMS, tasks: 0 }) // { tasks: 'Tasks must be between 1 and 100000.' }
 */
export function checkParamValues(
  params: Params,
  specs: Readonly<Record<NumericKey, ParamSpec>> = PARAM_SPECS,
): Partial<Record<ParamKey, string>> {
  const errors: Partial<Record<ParamKey, string>> = {};
  for (const s of Object.values(specs)) {
    const v = params[s.key];
    if (typeof v !== 'number' || !Number.isFinite(v)) errors[s.key] = `${s.label} must be a number.`;
    else if (v < s.min || v > s.max) errors[s.key] = `${s.label} must be between ${s.min} and ${s.max}.`;
    else if (!Number.isInteger(v) && s.unit === '') errors[s.key] = `${s.label} must be a whole number.`;
  }
  if (params.jitterKind !== 'uniform' && params.jitterKind !== 'lognormal') {
    errors.jitterKind = 'Jitter kind must be uniform or lognormal.';
  }
  return errors;
}
