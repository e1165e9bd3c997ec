import type { ParamKey, Params } from '../trace/scenario';
import {
  NUMERIC_PARAMS,
  checkJitterKind,
  checkNumber,
  type NumericParamKey,
  type NumericParamSpec,
  type ParamProblem,
} from '../trace/params';

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

/** Bounds, unit and scale of every numeric parameter (their one spec, src/trace/params.ts; words are in i18n). */
export const PARAM_SPECS: Readonly<Record<NumericParamKey, NumericParamSpec>> = NUMERIC_PARAMS;

/**
 * Checks every parameter against its spec; returns a problem per bad key (empty when valid).
 * @example checkParamValues({ ...BASE_PARAMS, tasks: 0 }) // { tasks: { code: 'out-of-range', key: 'tasks', min: 1, max: 100000 } }
 */
export function checkParamValues(params: Params): Partial<Record<ParamKey, ParamProblem>> {
  const problems: Partial<Record<ParamKey, ParamProblem>> = {};
  for (const s of Object.values(NUMERIC_PARAMS)) {
    const problem = checkNumber(s.key, params[s.key]);
    if (problem) problems[s.key] = problem;
  }
  const kind = checkJitterKind(params.jitterKind);
  if (kind) problems.jitterKind = kind;
  return problems;
}
