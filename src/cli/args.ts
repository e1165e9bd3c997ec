import { parseArgs } from 'node:util';
import { STRATEGIES, checkParams, defaultParams, isStrategyId } from '../strategies';
import {
  JITTER_KIND_PARAM,
  MAX_TASKS,
  NUMERIC_PARAMS,
  checkJitterKind,
  checkNumber,
  type NumericParamSpec,
} from '../trace/params';
import type { Params, Scenario } from '../trace/scenario';

export interface CliOptions {
  readonly scenario: Scenario;
  readonly json: boolean;
  readonly traceFile: string | null;
}

export const USAGE = `usage: npm run --silent sim -- --strategy ID --tasks N --latency MS [--jitter MS] [--jitter-kind uniform|lognormal]
       [--overhead MS] [--cpu MS] [--workers P] [--concurrency K] [--connector-limit N] [--chunksize N]
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

/** A numeric flag's value, checked against its parameter's spec; throws a line naming the flag and the bounds. */
function numericValue(spec: NumericParamSpec, raw: string): number {
  const value = raw.trim() === '' ? NaN : Number(raw);
  const flag = `--${spec.name}`;
  const problem = checkNumber(spec.key, value);
  switch (problem?.code) {
    case undefined:
      return value;
    case 'not-number':
      throw new Error(`${flag} must be a number, got "${raw}" (range ${spec.min}..${spec.max})`);
    case 'out-of-range': {
      const what = spec.key === 'tasks' && value > MAX_TASKS ? ' (the supported maximum)' : '';
      throw new Error(`${flag} ${raw} is out of range: ${problem.min}..${problem.max}${what}`);
    }
    default:
      throw new Error(`${flag} must be a whole number, got "${raw}"`);
  }
}

/** Parses the CLI's arguments; throws an Error with one line naming the problem. */
export function parseCli(argv: readonly string[]): CliOptions {
  const specs = Object.values(NUMERIC_PARAMS);
  const options = Object.fromEntries(specs.map((s) => [s.name, { type: 'string' as const }]));
  const { values } = parseArgs({
    args: joinNegativeValues(argv),
    strict: true,
    allowPositionals: false,
    options: {
      ...options,
      strategy: { type: 'string' },
      [JITTER_KIND_PARAM.name]: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      trace: { type: 'string' },
    },
  });
  const given = values as Record<string, unknown>;
  const id = values.strategy;
  const ids = STRATEGIES.map((s) => s.id).join(', ');
  if (typeof id !== 'string') throw new Error(`--strategy is required; one of: ${ids}`);
  if (!isStrategyId(id)) throw new Error(`unknown strategy "${id}"; one of: ${ids}`);

  let params: Params = defaultParams(id);
  for (const spec of specs) {
    const raw = given[spec.name];
    if (typeof raw === 'string') params = { ...params, [spec.key]: numericValue(spec, raw) };
  }
  const kind = given[JITTER_KIND_PARAM.name];
  if (typeof kind === 'string') {
    if (checkJitterKind(kind))
      throw new Error(
        `--${JITTER_KIND_PARAM.name} must be ${JITTER_KIND_PARAM.choices.join(' or ')}, got "${kind}"`,
      );
    params = { ...params, jitterKind: kind as Params['jitterKind'] };
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (checkParams(params, seed).seed)
    throw new Error(`--seed must be a whole number from 0 to 4294967295, got "${values.seed}"`);
  return {
    scenario: { strategy: id, params, seed },
    json: values.json === true,
    traceFile: typeof values.trace === 'string' ? values.trace : null,
  };
}
