/**
 * One spec per scenario parameter: its bounds, its unit, and its name in links and on the command line
 * (`?latency=1000`, `--latency 1000`). The CLI, the link codec, the controls and the trace schema all read
 * these; none keeps bounds of its own.
 */
import type { JitterKind, ParamKey } from './scenario';

/** Largest run the simulator accepts (the explorer switches to its large-run mode well before this). */
export const MAX_TASKS = 100_000;

/** An hour: no duration a trace file describes needs to be longer. */
export const MAX_PARAM_MS = 3_600_000;

export type NumericParamKey = Exclude<ParamKey, 'jitterKind'>;

interface Bounds {
  readonly min: number;
  readonly max: number;
}

/** A numeric parameter. */
export interface NumericParamSpec extends Bounds {
  readonly key: NumericParamKey;
  /** Its name in a link's query and, after `--`, on the command line. */
  readonly name: string;
  /** `ms` for durations (fractions allowed); `''` for counts (whole numbers). */
  readonly unit: 'ms' | '';
  /** Whether the slider moves on a log scale (counts and latencies spanning decades). */
  readonly log: boolean;
  /** The slider's and arrow keys' step. */
  readonly step: number;
  /**
   * What a trace file may describe: wider than what a run accepts, since a recorded program
   * (tools/record_asyncio.py) measures latencies down to 0 ms and up to an hour, and a machine's cores.
   */
  readonly file: Bounds;
}

/** The one choice parameter. */
export interface ChoiceParamSpec {
  readonly key: 'jitterKind';
  readonly name: string;
  readonly choices: readonly JitterKind[];
}

export const JITTER_KINDS: readonly JitterKind[] = ['uniform', 'lognormal'];

const ANY_MS: Bounds = { min: 0, max: MAX_PARAM_MS };

const count = (key: NumericParamKey, name: string, min: number, max: number, log: boolean, file: Bounds) =>
  ({ key, name, unit: '', min, max, log, step: 1, file }) as const satisfies NumericParamSpec;
const duration = (key: NumericParamKey, name: string, min: number, max: number, log = false) =>
  ({ key, name, unit: 'ms', min, max, log, step: 1, file: ANY_MS }) as const satisfies NumericParamSpec;

/** Every numeric parameter, in the order links and the CLI's usage list them. */
export const NUMERIC_PARAMS: Readonly<Record<NumericParamKey, NumericParamSpec>> = {
  tasks: count('tasks', 'tasks', 1, MAX_TASKS, true, { min: 1, max: MAX_TASKS }),
  latencyMs: duration('latencyMs', 'latency', 1, 60_000, true),
  jitterMs: duration('jitterMs', 'jitter', 0, 10_000),
  overheadMs: duration('overheadMs', 'overhead', 0, 1000),
  requestCpuMs: duration('requestCpuMs', 'request-cpu', 0, 100),
  cpuMs: duration('cpuMs', 'cpu', 0, 10_000),
  // 0 in a file: run_in_executor's default executor (a run accepts it for that strategy only).
  workers: count('workers', 'workers', 1, 256, false, { min: 0, max: 1024 }),
  concurrency: count('concurrency', 'concurrency', 1, 10_000, true, { min: 1, max: 100_000 }),
  connectorLimit: count('connectorLimit', 'connector-limit', 0, 10_000, false, { min: 0, max: 100_000 }),
  chunksize: count('chunksize', 'chunksize', 0, MAX_TASKS, false, { min: 0, max: MAX_TASKS }),
  cores: count('cores', 'cores', 1, 64, false, { min: 1, max: 1024 }),
  startupMs: duration('startupMs', 'startup', 0, 10_000),
};

export const JITTER_KIND_PARAM: ChoiceParamSpec = {
  key: 'jitterKind',
  name: 'jitter-kind',
  choices: JITTER_KINDS,
};

/** Every parameter, in the order links write them (a record, so a missing key is a type error). */
export const PARAM_KEYS = Object.keys({
  tasks: 0,
  latencyMs: 0,
  jitterMs: 0,
  jitterKind: 0,
  overheadMs: 0,
  requestCpuMs: 0,
  cpuMs: 0,
  workers: 0,
  concurrency: 0,
  connectorLimit: 0,
  chunksize: 0,
  cores: 0,
  startupMs: 0,
} satisfies Record<ParamKey, 0>) as readonly ParamKey[];

/** A parameter's name in links and on the command line: `latencyMs` → `latency`. */
export const paramName = (key: ParamKey): string =>
  isNumericKey(key) ? NUMERIC_PARAMS[key].name : JITTER_KIND_PARAM.name;

export function isNumericKey(key: ParamKey): key is NumericParamKey {
  return key !== 'jitterKind';
}

/** Why a parameter's value cannot run: not a number, outside its bounds, a fraction of a count, an unknown choice. */
export type ParamProblem =
  | { readonly code: 'not-number'; readonly key: NumericParamKey }
  | {
      readonly code: 'out-of-range';
      readonly key: NumericParamKey;
      readonly min: number;
      readonly max: number;
    }
  | { readonly code: 'not-whole'; readonly key: NumericParamKey }
  | { readonly code: 'not-choice'; readonly key: 'jitterKind'; readonly choices: readonly string[] };

/**
 * Checks one numeric value against its spec; null when a run accepts it.
 * `bounds` narrows or widens the spec's for a strategy (run_in_executor's workers go down to 0).
 * @example checkNumber('tasks', 0) // { code: 'out-of-range', key: 'tasks', min: 1, max: 100000 }
 */
export function checkNumber(
  key: NumericParamKey,
  value: number,
  bounds: Bounds = NUMERIC_PARAMS[key],
): ParamProblem | null {
  const spec = NUMERIC_PARAMS[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'not-number', key };
  if (value < bounds.min || value > bounds.max)
    return { code: 'out-of-range', key, min: bounds.min, max: bounds.max };
  if (spec.unit === '' && !Number.isInteger(value)) return { code: 'not-whole', key };
  return null;
}

/** Checks the jitter kind; null when it is one of the choices. */
export function checkJitterKind(value: unknown): ParamProblem | null {
  return JITTER_KINDS.includes(value as JitterKind)
    ? null
    : { code: 'not-choice', key: 'jitterKind', choices: JITTER_KINDS };
}
