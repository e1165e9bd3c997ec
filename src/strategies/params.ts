import type { ParamKey, Params, StrategyId } from '../trace/scenario';
import {
  NUMERIC_PARAMS,
  checkJitterKind,
  checkNumber,
  type NumericParamKey,
  type NumericParamSpec,
  type ParamProblem,
} from '../trace/params';

export { MAX_TASKS, isNumericKey } from '../trace/params';

/**
 * CPU the client spends per request, measured on CPython 3.11 with a local endpoint: aiohttp 3.8 in a
 * gather of 100–500 requests 0.24–0.41 ms; requests 2.28 (a new connection per get) 1.4–2.2 ms.
 */
export const AIOHTTP_REQUEST_CPU_MS = 0.4;
export const REQUESTS_REQUEST_CPU_MS = 1.5;

/** The parameters of the endpoint and of each request's work, in the order every strategy's controls show them. */
export const REQUEST_PARAMS = [
  'latencyMs',
  'jitterMs',
  'overheadMs',
  'requestCpuMs',
  'cpuMs',
] as const satisfies readonly ParamKey[];

/** The parameters of a pool of processes: the machine's cores and the start-up of each process. */
export const PROCESS_PARAMS = ['cores', 'startupMs'] as const satisfies readonly ParamKey[];

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

/** Bounds, unit and scale of every numeric parameter (their one spec, src/trace/params.ts; words are in i18n). */
export const PARAM_SPECS: Readonly<Record<NumericParamKey, NumericParamSpec>> = NUMERIC_PARAMS;

/**
 * Checks every parameter against its spec; returns a problem per bad key (empty when valid).
 * @example checkParamValues({ ...BASE_PARAMS, tasks: 0 }) // { tasks: { code: 'out-of-range', key: 'tasks', min: 1, max: 100000 } }
 */
export function checkParamValues(
  params: Params,
  specs: Readonly<Record<NumericParamKey, NumericParamSpec>> = PARAM_SPECS,
): Partial<Record<ParamKey, ParamProblem>> {
  const problems: Partial<Record<ParamKey, ParamProblem>> = {};
  for (const s of Object.values(specs)) {
    const problem = checkNumber(s.key, params[s.key], s);
    if (problem) problems[s.key] = problem;
  }
  const kind = checkJitterKind(params.jitterKind);
  if (kind) problems.jitterKind = kind;
  return problems;
}

/**
 * run_in_executor(None, ...) runs on the loop's default executor: its `workers` go down to 0, which stands for
 * that pool (min(32, cores + 4) threads, derived from `cores`; the controls word it).
 */
const EXECUTOR_SPECS: Readonly<Record<NumericParamKey, NumericParamSpec>> = {
  ...PARAM_SPECS,
  workers: { ...PARAM_SPECS.workers, min: 0 },
};

/** The specs of every numeric parameter as strategy `id` offers them (its bounds). */
export function paramSpecsFor(id: StrategyId): Readonly<Record<NumericParamKey, NumericParamSpec>> {
  return id === 'run-in-executor' ? EXECUTOR_SPECS : PARAM_SPECS;
}
