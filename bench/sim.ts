/**
 * Simulation time for 1k, 10k and 100k tasks of every I/O and pool strategy, in Node, as full traces and in
 * outcome mode (terminal segments only: what the scaling sweep runs).
 * Budgets (issue 16, replacing issue 3's 100k/10k ≤ 12× for full traces): 100k tasks of asyncio-gather as a full
 * trace ≤ 400 ms, in outcome mode ≤ 100 ms. The outcome mode's 100k/10k ratio is printed (it should come close
 * to 10× once no object per event lives); for full traces the ratio is printed without a budget (the trace's own
 * allocation, "(trace objects only)", is the floor under it).
 */
import { loadavg } from 'node:os';
import { STRATEGIES, defaultParams, simulateOutcome, simulateScenario } from '../src/strategies';
import type { StrategyId } from '../src/trace/scenario';
import type { Trace } from '../src/trace/types';
import { packTrace } from '../src/app/run/packTrace';

const FULL_BUDGET_MS = 400;
const OUTCOME_BUDGET_MS = 100;

const SIZES = [1_000, 10_000, 100_000];
/** `BENCH_SIM_STRATEGIES=asyncio-gather,thread-pool` times only those (a whole run takes minutes on a busy machine). */
const ONLY = process.env.BENCH_SIM_STRATEGIES?.split(',');
const timed = () => STRATEGIES.filter((x) => x.group !== 'basics' && (!ONLY || ONLY.includes(x.id)));

/** One run's wall time and the process's CPU time (user + system: steadier than wall on a shared machine), ms. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function timeOnce(fn: () => void): Timing {
  // Start each run from a collected heap when node runs with --expose-gc (bench/node.ts does).
  (globalThis as { gc?: () => void }).gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/** Best of `runs` (wall and CPU each): the least disturbed by other work on a shared machine. */
function best(runs: number, fn: () => void): Timing {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = timeOnce(fn);
    wall = Math.min(wall, t.wall);
    cpu = Math.min(cpu, t.cpu);
  }
  return { wall, cpu };
}

/** A table cell: "wall / cpu". */
const cell = (t: Timing) => `${t.wall.toFixed(1)} / ${t.cpu.toFixed(0)}`.padStart(17);
const header = () =>
  `${'strategy'.padEnd(20)}${SIZES.map((n) => `${n.toLocaleString('en')} tasks`.padStart(17)).join('')}  100k/10k`;

/**
 * Reference, not a budget: allocating only the objects a 100k-task asyncio-gather trace holds (6 segments and
 * 6 events per task, as the simulator records them, ids, labels), timed the same way. Times are fractions of a
 * ms, as in a real trace: V8 keeps each in its own heap number, a third of the bytes. A 10k set dies in V8's young
 * generation; a 100k set is promoted and grows the heap, so this alone grows far faster than 10×: it is the
 * floor under a full trace's time and ratio.
 */
function traceShapedObjects(n: number): unknown {
  const tasks = new Array<unknown>(n);
  const events = new Array<unknown>(6 * n);
  for (let t = 0; t < n; t++) {
    const segments = new Array<unknown>(6);
    for (let k = 0; k < 6; k++)
      segments[k] = { state: 'ready', start: 6 * t + k + 0.2, end: 6 * t + k + 1.2, lane: 'main/loop' };
    const id = `t${t + 1}`;
    tasks[t] = { id, label: `task ${t + 1}`, lane: 'main/loop', segments };
    for (let k = 0; k < 6; k++)
      events[6 * t + k] = { kind: 'suspend', time: t + k + 0.2, lane: 'main/loop', task: id };
  }
  return { tasks, events };
}

/** `BENCH_SIM_DETAIL=full` or `outcome` runs only that table. */
const DETAIL = process.env.BENCH_SIM_DETAIL;

/** One row: `name`'s times at 1k, 10k and 100k tasks (after a warm-up on both large sizes) and their ratio. */
function row(name: string, run: (tasks: number) => () => void, note = ''): Timing[] {
  // Warm the JIT on both sizes first, so the growth ratio compares steady states, not a cold and a warm run.
  run(10_000)();
  run(100_000)();
  const times = SIZES.map((tasks) => best(tasks >= 100_000 ? 3 : 5, run(tasks)));
  console.log(
    `${name.padEnd(20)}${times.map(cell).join('')}  ${(times[2].wall / times[1].wall).toFixed(1).padStart(7)}×${note}`,
  );
  return times;
}

/** Times every strategy at 1k, 10k and 100k tasks with `simulate`; returns whether asyncio-gather met `budgetMs`. */
function table(simulate: (s: StrategyId, tasks: number) => void, budgetMs: number): boolean {
  let ok = true;
  console.log(header());
  for (const s of timed()) {
    const run = (tasks: number) => () => simulate(s.id, tasks);
    const over = (t: Timing[]) => s.id === 'asyncio-gather' && t[2].wall > budgetMs;
    // The note is only known after timing: print the row, then the verdict on it.
    const times = row(s.id, run);
    if (over(times)) console.log(`${''.padEnd(20)}OVER BUDGET (100k asyncio-gather ≤ ${budgetMs} ms)`);
    ok &&= !over(times);
  }
  return ok;
}

/** Reads every segment and every event of a trace, as a view drawing all of it would. */
function readAll(trace: Trace): number {
  let sum = 0;
  for (const task of trace.tasks) for (const segment of task.segments) sum += segment.end;
  for (const event of trace.events) sum += event.time;
  return sum;
}

const scenario = (strategy: StrategyId, tasks: number) => ({
  strategy,
  params: { ...defaultParams(strategy), tasks },
  seed: 1,
});

export function benchSim(): { ok: boolean } {
  let ok = true;
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  if (DETAIL !== 'outcome') {
    console.log(
      `\nSimulation time in Node, each strategy's default work (after a warm-up, best of 5, 3 at 100k; wall / CPU ms; load ${load})`,
    );
    ok = table((s, tasks) => simulateScenario(scenario(s, tasks)), FULL_BUDGET_MS) && ok;
    // What a returned trace costs its readers: the trace is columnar until read (trace/columnarTrace.ts).
    row(
      '  + read everything',
      (tasks) => () => readAll(simulateScenario(scenario('asyncio-gather', tasks))),
      '  asyncio-gather, then every segment and event read (made)',
    );
    row(
      '  + packTrace',
      (tasks) => () => packTrace(simulateScenario(scenario('asyncio-gather', tasks))),
      "  asyncio-gather, then packed for the page (the simulation worker's job)",
    );
    traceShapedObjects(100_000);
    const floor = SIZES.map((n) => best(n >= 100_000 ? 3 : 5, () => traceShapedObjects(n)));
    console.log(
      `${'(trace objects only)'.padEnd(20)}${floor.map(cell).join('')}  ${(floor[2].wall / floor[1].wall).toFixed(1).padStart(7)}×  reference, no budget`,
    );
    console.log(
      `budget: 100k asyncio-gather full trace ≤ ${FULL_BUDGET_MS} ms (simulateScenario returning a whole Trace, whose tasks and events are made when first read)`,
    );
  }
  if (DETAIL !== 'full') {
    console.log(
      `\nOutcome mode (no segments but the last, no events; the scaling sweep): same protocol, wall / CPU ms; load ${load}`,
    );
    // Not `ok &&= table(...)`: that would skip the table once a budget above was missed.
    ok = table((s, tasks) => simulateOutcome(scenario(s, tasks)), OUTCOME_BUDGET_MS) && ok;
    console.log(
      `budget: 100k asyncio-gather outcome mode ≤ ${OUTCOME_BUDGET_MS} ms; the ratio is printed, no budget`,
    );
  }
  return { ok };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ok } = benchSim();
  process.exitCode = ok ? 0 : 1;
}
