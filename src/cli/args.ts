import { parseArgs } from 'node:util';
import { MAX_TASKS, PARAM_SPECS, STRATEGIES, checkParams, defaultParams, isStrategyId } from '../strategies';
import type { Params, Scenario } from '../trace/scenario';

export interface CliOptions {
  readonly scenario: Scenario;
  readonly json: boolean;
  readonly traceFile: string | null;
}

/** Flag → parameter; every value is a number of the parameter's unit. */
const NUMERIC_FLAGS = {
  tasks: 'tasks',
  latency: 'latencyMs',
  jitter: 'jitterMs',
  overhead: 'overheadMs',
  'request-cpu': 'requestCpuMs',
  cpu: 'cpuMs',
  workers: 'workers',
  concurrency: 'concurrency',
  'connector-limit': 'connectorLimit',
  chunksize: 'chunksize',
  cores: 'cores',
  startup: 'startupMs',
} as const satisfies Record<string, keyof typeof PARAM_SPECS>;

type NumericFlag = keyof typeof NUMERIC_FLAGS;

export const USAGE = `usage: npm run --silent sim -- --strategy ID --tasks N --latency MS [--jitter MS] [--jitter-kind uniform|lognormal]
       [--overhead MS] [--request-cpu MS] [--cpu MS] [--workers P] [--concurrency K] [--connector-limit N] [--chunksize N]
       [--cores C] [--startup MS] [--seed S] [--json] [--trace FILE]`;

/** `--latency -5` → `--latency=-5`, so a negative number reaches the range check instead of confusing parseArgs. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (argv[i].startsWith('--') && next !== undefined && /^-\d/.test(next))
      out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}

/** Parses the CLI's arguments; throws an Error with one line naming the problem. */
export function parseCli(argv: readonly string[]): CliOptions {
  const options = Object.fromEntries(Object.keys(NUMERIC_FLAGS).map((f) => [f, { type: 'string' as const }]));
  const { values } = parseArgs({
    args: joinNegativeValues(argv),
    strict: true,
    allowPositionals: false,
    options: {
      ...options,
      strategy: { type: 'string' },
      'jitter-kind': { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      trace: { type: 'string' },
    },
  });
  const id = values.strategy;
  const ids = STRATEGIES.map((s) => s.id).join(', ');
  if (typeof id !== 'string') throw new Error(`--strategy is required; one of: ${ids}`);
  if (!isStrategyId(id)) throw new Error(`unknown strategy "${id}"; one of: ${ids}`);

  const params: Record<string, unknown> = { ...defaultParams(id) };
  for (const flag of Object.keys(NUMERIC_FLAGS) as NumericFlag[]) {
    const raw = (values as Record<string, unknown>)[flag];
    if (typeof raw !== 'string') continue;
    const key = NUMERIC_FLAGS[flag];
    const spec = PARAM_SPECS[key];
    const value = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(value))
      throw new Error(`--${flag} must be a number, got "${raw}" (range ${spec.min}..${spec.max})`);
    if (value < spec.min || value > spec.max) {
      const what = flag === 'tasks' && value > MAX_TASKS ? ' (the supported maximum)' : '';
      throw new Error(`--${flag} ${raw} is out of range: ${spec.min}..${spec.max}${what}`);
    }
    if (spec.unit === '' && !Number.isInteger(value))
      throw new Error(`--${flag} must be a whole number, got "${raw}"`);
    params[key] = value;
  }
  const kind = values['jitter-kind'];
  if (kind !== undefined) {
    if (kind !== 'uniform' && kind !== 'lognormal')
      throw new Error(`--jitter-kind must be uniform or lognormal, got "${kind}"`);
    params.jitterKind = kind;
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  const errors = checkParams(id, params as unknown as Params, seed);
  if (errors.seed)
    throw new Error(`--seed must be a whole number from 0 to 4294967295, got "${values.seed}"`);
  const first = Object.values(errors)[0];
  if (first) throw new Error(first);
  return {
    scenario: { strategy: id, params: params as unknown as Params, seed },
    json: values.json === true,
    traceFile: typeof values.trace === 'string' ? values.trace : null,
  };
}
