import type { Step } from '../sim/program';
import { executorWorkers, ThreadPool } from '../sim/threadPool';
import { REQUESTS_REQUEST_CPU_MS } from './params';
import type { Strategy } from './types';
import { mainLoop } from './world';

export const runInExecutor = {
  id: 'run-in-executor',
  group: 'pools',
  title: 'loop.run_in_executor',
  hint: 'Keep a blocking library, hand its calls to threads, await the result.',
  explanation: [
    'When a library only offers blocking calls, the event loop can pass each call to a thread pool and await a future. The coroutine suspends, the loop stays free, and a pool thread blocks on the request instead.',
    'Concurrency is now capped by the pool: Python\u2019s default executor has min(32, cores + 4) threads. CPU work after the answer runs back on the loop.',
  ],
  python: `import asyncio
from concurrent.futures import ThreadPoolExecutor
import requests

URL = "http://127.0.0.1:5000/slow"

async def fetch(loop, pool, i):
    response = await loop.run_in_executor(pool, requests.get, URL)  # a thread blocks, not the loop
    return parse(response.text)                                     # back on the loop

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=P) as pool:
        await asyncio.gather(*(fetch(loop, pool, i) for i in range(N)))

asyncio.run(main())`,
  queue: 'worker',
  lines: { queued: 8, ready: 9, blocked: 8, suspended: 8, running: 9 },
  params: ['tasks', 'workers', 'cores', 'latencyMs', 'jitterMs', 'overheadMs', 'requestCpuMs', 'cpuMs'],
  // workers 0: the default executor, whose size follows the cores (8 threads on 4).
  defaults: { tasks: 20, workers: 0, latencyMs: 1000, requestCpuMs: REQUESTS_REQUEST_CPU_MS },
  style: { color: '#999999', dash: '6 3' },
  comparison: { poolParam: 'workers', sweepCost: [6.5, 36] },
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const executor = new ThreadPool(world, main, executorWorkers(params.workers, params.cores));
    const steps: Step[] = [
      { kind: 'executor', executor, steps: [{ kind: 'request', blocking: true }] },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    for (const task of world.tasks(params.tasks, loop.lane, 'ready')) loop.spawn(task, steps);
  },
} satisfies Strategy;
