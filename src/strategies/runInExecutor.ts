import type { Step } from '../sim/program';
import { executorWorkers, ThreadPool } from '../sim/threadPool';
import { REQUESTS_REQUEST_CPU_MS, REQUEST_PARAMS } from './params';
import type { Params } from '../trace/scenario';
import { type Constant, linesOf, literal, PRINT_COST, programConstants, programHead } from './pythonProgram';
import type { Strategy } from './types';
import { spawnAll } from './steps';
import { mainLoop } from './mainProcess';

const DEFAULTS: Partial<Params> = {
  tasks: 20,
  workers: 0,
  latencyMs: 1000,
  requestCpuMs: REQUESTS_REQUEST_CPU_MS,
};

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] =>
  programConstants(p, {
    pool: [
      {
        name: 'WORKERS',
        value: p.workers > 0 ? literal(p.workers) : 'None',
        note: 'threads; None: min(32, cpus + 4)',
      },
    ],
  });

const program = (p: Params) => `import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import requests

${programHead(constantsOf(p))}


async def fetch(loop, pool, i):
    response = await loop.run_in_executor(pool, requests.get, f"{URL}&id={i}")  # a thread blocks, not the loop
    return parse(response.text)  # back on the loop


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        await asyncio.gather(*(fetch(loop, pool, i) for i in range(N)))


start = time.perf_counter()
asyncio.run(main())
${PRINT_COST}
`;

export const runInExecutor = {
  id: 'run-in-executor',
  group: 'pools',
  title: 'loop.run_in_executor',
  hint: 'Keep a blocking library, hand its calls to threads, await the result.',
  explanation: [
    'When a library only offers blocking calls, the event loop can pass each call to a thread pool and await a future. The coroutine suspends, the loop stays free, and a pool thread blocks on the request instead.',
    'Concurrency is now capped by the pool: Python\u2019s default executor has min(32, cores + 4) threads. CPU work after the answer runs back on the loop.',
  ],
  program,
  queue: 'worker',
  lines: linesOf(program, DEFAULTS, {
    queued: 'run_in_executor(',
    ready: 'return parse(',
    blocked: 'run_in_executor(',
    suspended: 'run_in_executor(',
    running: 'return parse(',
  }),
  params: ['tasks', 'workers', 'cores', ...REQUEST_PARAMS],
  // workers 0: the default executor, whose size follows the cores (8 threads on 4).
  defaults: DEFAULTS,
  style: { color: '#999999', dash: '6 3' },
  comparison: { poolParam: 'workers', sweepCost: [6.5, 36] },
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const executor = new ThreadPool(world, main, executorWorkers(params.workers, params.cores));
    const steps: Step[] = [
      { kind: 'executor', executor, steps: [{ kind: 'request', blocking: true }] },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    spawnAll(world, loop, params.tasks, steps);
  },
} satisfies Strategy;
