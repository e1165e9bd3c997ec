/**
 * Pieces of the catalogue's Python programs: each strategy's program is complete and runnable as shown, with
 * the scenario's parameters as constants at the top, CPU work as a real function, and the tutorial's slow
 * endpoint (`http://127.0.0.1:5000/`, served by tools/slow_server.py) asked for the scenario's latency.
 *
 * A program has the same number of lines for every parameter value, so each strategy's `lines` (where a
 * task in each state is) hold for all of them; `lineOf` finds those lines in the default program.
 */
import type { Params } from '../trace/scenario';
import { BASE_PARAMS } from './params';
import type { SourceLines } from './types';

/** The tutorial's endpoint, as every program asks it (the latency and jitter go in the query). */
export const ENDPOINT = 'http://127.0.0.1:5000/';

/** What every program prints last: its own makespan, as the tutorial's programs print it. */
export const COST_TIME = /^Cost time: (\d+(?:\.\d+)?) s$/m;

/** One constant at the top of a program. */
export interface Constant {
  readonly name: string;
  /** A Python literal. */
  readonly value: string;
  readonly note: string;
}

/** A parameter as a Python literal (durations may be fractional; `String` writes both as Python reads them). */
export const literal = (value: number): string => String(value);

/** The constants block: `NAME = value  # note`, the notes aligned. */
export function constants(list: readonly Constant[]): string {
  const width = Math.max(...list.map((c) => `${c.name} = ${c.value}`.length));
  return list.map((c) => `${`${c.name} = ${c.value}`.padEnd(width)}  # ${c.note}`).join('\n');
}

/** N, the latency and its jitter: the constants every program starts with. */
export const requestConstants = (p: Params): Constant[] => [
  { name: 'N', value: literal(p.tasks), note: 'requests' },
  { name: 'LATENCY_MS', value: literal(p.latencyMs), note: "the endpoint's delay" },
  { name: 'JITTER_MS', value: literal(p.jitterMs), note: '± per request' },
];

export const cpuConstant = (p: Params): Constant => ({
  name: 'CPU_MS',
  value: literal(p.cpuMs),
  note: 'CPU work per answer',
});

/** The endpoint, asked for the scenario's latency (two lines). */
export const URL_LINES = `# The tutorial's slow endpoint (Awaitline's tools/slow_server.py)
URL = f"${ENDPOINT}?ms={LATENCY_MS}&jitter={JITTER_MS}"`;

/** CPU work as a real function: pure Python for `ms` of the calling thread's CPU time (seven lines). */
export const BURN_CPU = `def burn_cpu(ms):
    """Pure Python for \`ms\` of this thread's CPU time."""
    end = time.thread_time() + ms / 1000
    while time.thread_time() < end:
        pass`;

/** parse(): the CPU work on an answer (three lines, after BURN_CPU). */
export const PARSE = `def parse(text):
    burn_cpu(CPU_MS)  # CPU work on the answer
    return len(text)`;

/**
 * A program's constants in the catalogue's order: N, the strategy's pool (`pool`: workers, chunk size…), the
 * latency and its jitter, CPU_MS, then the strategy's own knobs (`knobs`: K, LIMIT…).
 */
export function programConstants(
  p: Params,
  {
    pool = [],
    knobs = [],
  }: { readonly pool?: readonly Constant[]; readonly knobs?: readonly Constant[] } = {},
): Constant[] {
  const [n, ...latency] = requestConstants(p);
  return [n, ...pool, ...latency, cpuConstant(p), ...knobs];
}

/**
 * What follows every program's imports: its constants, the endpoint, burn_cpu, any `helpers` the strategy
 * needs before parse (e.g. taskLifecycle's prepare), and parse.
 */
export function programHead(list: readonly Constant[], helpers?: string): string {
  const before = helpers === undefined ? '' : `${helpers}\n\n\n`;
  return `${constants(list)}\n\n${URL_LINES}\n\n\n${BURN_CPU}\n\n\n${before}${PARSE}`;
}

/** The last line: the program's makespan, as the tutorial's programs print it. */
export const PRINT_COST = `print(f"Cost time: {time.perf_counter() - start:.3f} s")`;

/**
 * The 1-based line of `program` that holds `needle`, exactly once.
 * @example lineOf('a\nb = 1\n', 'b =') // 2
 */
export function lineOf(program: string, needle: string): number {
  const lines = program.split('\n');
  const found = lines.flatMap((text, i) => (text.includes(needle) ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`"${needle}" is on ${found.length} lines of the program`);
  return found[0];
}

/**
 * Where each state sits in a `pool.map(fetch, range(N))` over the blocking `fetch` (requests.get, then parse):
 * the thread pool's and the process pool's programs, which differ in their pool, not in these lines.
 */
export const POOL_MAP_ANCHORS = {
  queued: 'pool.map(',
  ready: 'return parse(',
  blocked: 'requests.get(',
  running: 'return parse(',
} as const;

/**
 * Where each task state sits in a strategy's program (rendered with its defaults), each state given by a
 * piece of code unique to its line.
 */
export function linesOf(
  program: (params: Params) => string,
  defaults: Partial<Params>,
  needles: Readonly<Partial<Record<keyof SourceLines, string>>>,
): SourceLines {
  const text = program({ ...BASE_PARAMS, ...defaults });
  return Object.fromEntries(
    Object.entries(needles).map(([state, needle]) => [state, lineOf(text, needle)]),
  ) as SourceLines;
}
