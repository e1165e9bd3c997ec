/**
 * Where the simulator spends its time: a V8 CPU profile of 100k-task runs (after a warm-up), summarised by self
 * time. `BENCH_SIM_STRATEGIES=asyncio-gather,thread-pool` picks the strategies (asyncio-gather alone by default),
 * `BENCH_SIM_DETAIL=full` profiles full traces instead of outcome mode, `BENCH_SIM_TASKS` the size.
 * Run bundled (no tsx wrappers in hot code): `npx tsx -e "import('./bench/node.ts').then((m) => m.runBundled('bench/simProfile.ts'))"`.
 */
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { defaultParams, simulateOutcome, simulateScenario } from '../src/strategies';
import type { StrategyId } from '../src/trace/scenario';
import { summariseProfile, type CpuProfile } from './profileSummary';

const STRATEGY_IDS = (process.env.BENCH_SIM_STRATEGIES ?? 'asyncio-gather').split(',') as StrategyId[];
const DETAIL = process.env.BENCH_SIM_DETAIL === 'full' ? 'full' : 'outcome';
const TASKS = Number(process.env.BENCH_SIM_TASKS ?? 100_000);
const RUNS = 3;

export async function profileSim(): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  for (const strategy of STRATEGY_IDS) {
    const scenario = { strategy, params: { ...defaultParams(strategy), tasks: TASKS }, seed: 1 };
    const run = () => (DETAIL === 'full' ? simulateScenario(scenario) : simulateOutcome(scenario));
    run(); // warm the JIT: the profile shows steady state, not compilation
    await session.post('Profiler.start');
    for (let i = 0; i < RUNS; i++) run();
    const { profile } = await session.post('Profiler.stop');
    console.log(
      `\n${strategy}, ${TASKS.toLocaleString('en')} tasks, ${DETAIL}, ${RUNS} runs (load ${loadavg()[0].toFixed(1)}):`,
    );
    const text = summariseProfile(profile as CpuProfile, 20);
    // The React-component section means nothing in Node: keep the totals and the functions.
    console.log(text.replace(/ {2}by innermost React component[\s\S]*?(?= {2}top )/, ''));
  }
  session.disconnect();
}

if (import.meta.url === `file://${process.argv[1]}`) await profileSim();
