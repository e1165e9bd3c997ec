/**
 * Simulation time for 1k, 10k and 100k tasks of every I/O and pool strategy, in Node, as full traces and in
 * outcome mode (terminal segments only: what the scaling sweep runs).
 * Budgets (issue 16, replacing issue 3's 100k/10k ≤ 12× for full traces): 100k tasks of asyncio-gather as a full
 * trace ≤ 400 ms, in outcome mode ≤ 100 ms. The outcome mode's 100k/10k ratio is printed (it should come close
 * to 10× once no object per event lives); for full traces the ratio is printed without a budget (the trace's own
 * allocation, "(trace objects only)", is the floor under it).
 */
import { STRATEGIES, defaultParams, simulateOutcome, simulateScenario } from '../src/strategies';

const FULL_BUDGET_MS = 400;
const OUTCOME_BUDGET_MS = 100;

const SIZES = [1_000, 10_000, 100_000];
/** `BENCH_SIM_STRATEGIES=asyncio-gather,thread-pool` times only those (a whole run takes minutes on a busy machine). */
const ONLY = process.env.BENCH_SIM_STRATEGIES?.split(',');
const timed = () => STRATEGIES.filter((x) => x.group !== 'basics' && (!ONLY || ONLY.includes(x.id)));

function timeOnce(fn: () => void): number {
  // Start each run from a collected heap when node runs with --expose-gc (bench/node.ts does).
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Best of `runs`: the least disturbed by other work on a shared machine. */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, timeOnce(fn));
  return min;
}

/**
 * Reference, not a budget: allocating only the objects a 100k-task asyncio-gather trace holds (3 segments and
 * 6 events per task, ids, labels), timed the same way. A 10k set dies in V8's young generation; a 100k set is
 * promoted and grows the heap, so this alone grows far faster than 10×: it is the floor under the ratio.
 */
function traceShapedObjects(n: number): unknown {
  const tasks = new Array<unknown>(n);
  const events = new Array<unknown>(6 * n);
  for (let t = 0; t < n; t++) {
    const segments = new Array<unknown>(3);
    for (let k = 0; k < 3; k++)
      segments[k] = { state: 'ready', start: 3 * t + k, end: 3 * t + k + 1, lane: 'main/loop' };
    const id = `t${t + 1}`;
    tasks[t] = { id, label: `task ${t + 1}`, lane: 'main/loop', segments };
    for (let k = 0; k < 6; k++)
      events[6 * t + k] = { kind: 'suspend', time: t + k, lane: 'main/loop', task: id };
  }
  return { tasks, events };
}

export function benchSim(): { ok: boolean } {
  let ok = true;
  console.log(
    "\nSimulation time in Node, each strategy's default work (after a warm-up, best of 5, 3 at 100k; ms)",
  );
  console.log(
    `${'strategy'.padEnd(20)}${SIZES.map((n) => `${n.toLocaleString('en')} tasks`.padStart(14)).join('')}  100k/10k`,
  );
  for (const s of timed()) {
    const run = (tasks: number) => () =>
      simulateScenario({ strategy: s.id, params: { ...defaultParams(s.id), tasks }, seed: 1 });
    // Warm the JIT on both sizes first, so the growth ratio compares steady states, not a cold and a warm run.
    run(10_000)();
    run(100_000)();
    const times = SIZES.map((tasks) => best(tasks >= 100_000 ? 3 : 5, run(tasks)));
    const growth = times[2] / times[1];
    const budget = s.id !== 'asyncio-gather' || times[2] <= FULL_BUDGET_MS;
    ok &&= budget;
    console.log(
      `${s.id.padEnd(20)}${times.map((t) => t.toFixed(1).padStart(14)).join('')}  ${growth.toFixed(1).padStart(7)}×${budget ? '' : '  OVER BUDGET'}`,
    );
  }
  traceShapedObjects(100_000);
  const floor = SIZES.map((n) => best(n >= 100_000 ? 3 : 5, () => traceShapedObjects(n)));
  console.log(
    `${'(trace objects only)'.padEnd(20)}${floor.map((t) => t.toFixed(1).padStart(14)).join('')}  ${(floor[2] / floor[1]).toFixed(1).padStart(7)}×  reference, no budget`,
  );
  console.log(`budget: 100k asyncio-gather full trace ≤ ${FULL_BUDGET_MS} ms`);
  console.log('\nOutcome mode (no segments but the last, no events; the scaling sweep): same protocol, ms');
  console.log(
    `${'strategy'.padEnd(20)}${SIZES.map((n) => `${n.toLocaleString('en')} tasks`.padStart(14)).join('')}  100k/10k`,
  );
  for (const s of timed()) {
    const run = (tasks: number) => () =>
      simulateOutcome({ strategy: s.id, params: { ...defaultParams(s.id), tasks }, seed: 1 });
    run(10_000)();
    run(100_000)();
    const times = SIZES.map((tasks) => best(tasks >= 100_000 ? 3 : 5, run(tasks)));
    const budget = s.id !== 'asyncio-gather' || times[2] <= OUTCOME_BUDGET_MS;
    ok &&= budget;
    console.log(
      `${s.id.padEnd(20)}${times.map((t) => t.toFixed(1).padStart(14)).join('')}  ${(times[2] / times[1]).toFixed(1).padStart(7)}×${budget ? '' : '  OVER BUDGET'}`,
    );
  }
  console.log(
    `budget: 100k asyncio-gather outcome mode ≤ ${OUTCOME_BUDGET_MS} ms; the ratio is printed, no budget`,
  );
  return { ok };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ok } = benchSim();
  process.exitCode = ok ? 0 : 1;
}
