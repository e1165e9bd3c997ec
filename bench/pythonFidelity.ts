/**
 * Real CPython ÷ the model, per scenario (issue 13): where Debian's python3 with aiohttp and requests is
 * installed, starts tools/slow_server.py, runs each scenario's program exactly as the code panel copies it
 * (constants at the top), reads the makespan it prints, and simulates the same parameters with this machine's
 * cores. Prints the median of `RUNS` real runs, their range, the model's makespan and real ÷ model.
 * Timings, so not part of `npm test`; run it on a quiet machine: `npm run bench:fidelity`.
 */
import { availableParallelism } from 'node:os';
import { defaultParams, getStrategy, simulateScenario } from '../src/strategies';
import { checkPython, onPort, runProgram, startSlowServer, SYSTEM_PYTHON } from '../src/cli/cpython';
import { makespan } from '../src/trace/makespan';
import type { Params, StrategyId } from '../src/trace/scenario';

const RUNS = Number(process.env.FIDELITY_RUNS ?? 3);
const CORES = availableParallelism();

/** I/O scenarios are held to 5 %; CPU-heavy ones are shown for what they are (the machine's load moves them). */
const SCENARIOS: readonly { id: StrategyId; name: string; io: boolean; params: Partial<Params> }[] = [
  { id: 'sequential', name: '5 × 300 ms', io: true, params: { tasks: 5, latencyMs: 300 } },
  { id: 'async-blocking', name: '5 × 300 ms', io: true, params: { tasks: 5, latencyMs: 300 } },
  { id: 'asyncio-gather', name: '100 × 300 ms', io: true, params: { tasks: 100, latencyMs: 300 } },
  {
    id: 'asyncio-gather',
    name: '500 × 500 ms, limit 100',
    io: true,
    params: { tasks: 500, latencyMs: 500, connectorLimit: 100 },
  },
  {
    id: 'asyncio-semaphore',
    name: '100 × 300 ms, k 10',
    io: true,
    params: { tasks: 100, latencyMs: 300, concurrency: 10 },
  },
  {
    id: 'asyncio-semaphore',
    name: '400 × 300 ms, k 200 (connector 100)',
    io: true,
    params: { tasks: 400, latencyMs: 300, concurrency: 200, connectorLimit: 100 },
  },
  { id: 'asyncio-wait', name: '10 × 300 ms', io: true, params: { tasks: 10, latencyMs: 300 } },
  {
    id: 'done-callbacks',
    name: '10 × 300 ms, 5 ms callbacks',
    io: false,
    params: { tasks: 10, latencyMs: 300, cpuMs: 5 },
  },
  {
    id: 'thread-pool',
    name: '24 × 400 ms, 4 threads',
    io: true,
    params: { tasks: 24, latencyMs: 400, workers: 4 },
  },
  {
    id: 'thread-pool',
    name: '24 × 400 ms, 4 threads, 20 ms CPU',
    io: false,
    params: { tasks: 24, latencyMs: 400, workers: 4, cpuMs: 20 },
  },
  {
    id: 'run-in-executor',
    name: '24 × 400 ms, default executor',
    io: true,
    params: { tasks: 24, latencyMs: 400, workers: 0 },
  },
  {
    id: 'process-pool',
    name: '12 × 300 ms, 4 processes',
    io: true,
    params: { tasks: 12, latencyMs: 300, workers: 4 },
  },
];

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const python = checkPython(SYSTEM_PYTHON, ['aiohttp', 'requests']);
  if (!python.ok) {
    console.log(`python-fidelity: skipped (${python.reason})`);
    return;
  }
  const server = await startSlowServer();
  console.log(`CPython ${python.version} (${SYSTEM_PYTHON}), ${CORES} cores, ${RUNS} runs each, jitter 0`);
  console.log('| scenario | real (median, range) | model | real ÷ model | within 5 % |');
  console.log('|---|---|---|---|---|');
  try {
    for (const s of SCENARIOS) {
      const params: Params = { ...defaultParams(s.id), jitterMs: 0, cores: CORES, ...s.params };
      const program = onPort(getStrategy(s.id).program(params), server.port);
      const real: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = runProgram(program);
        if (run.status !== 0 || run.costMs === null)
          throw new Error(`${s.id} ${s.name}: exit ${run.status}\n${run.stderr}`);
        real.push(run.costMs);
      }
      const model = makespan(simulateScenario({ strategy: s.id, params, seed: 1 }));
      const ratio = median(real) / model;
      const ok = Math.abs(ratio - 1) <= 0.05 ? 'yes' : s.io ? '**no**' : '(CPU)';
      console.log(
        `| ${s.id}, ${s.name} | ${Math.round(median(real))} ms (${Math.round(Math.min(...real))}–${Math.round(Math.max(...real))}) | ${Math.round(model)} ms | ${ratio.toFixed(3)} | ${ok} |`,
      );
    }
  } finally {
    server.stop();
  }
}

await main();
