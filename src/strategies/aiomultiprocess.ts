import { aioPoolMap } from '../sim/aioPool';
import type { Step } from '../sim/program';
import type { Strategy } from './types';

export const aiomultiprocess = {
  id: 'aiomultiprocess',
  group: 'pools',
  title: 'aiomultiprocess',
  hint: 'Processes that each run an event loop with many coroutines.',
  explanation: [
    'aiomultiprocess combines both ideas: p processes for CPU, and in each an event loop running up to childconcurrency coroutines that await their requests together.',
    'Its Pool first starts a Manager process in the parent, then spawns each child fresh to import its modules, so a few hundred milliseconds pass before the first task starts (the Manager has its own lane). After that, 100 requests are spread over p \u00d7 c concurrent coroutines and finish in about one latency.',
  ],
  python: `import asyncio
import aiohttp
from aiomultiprocess import Pool

URL = "http://127.0.0.1:5000/slow"

async def fetch(i):
    async with aiohttp.ClientSession() as session:
        async with session.get(URL) as response:  # suspends on this process's loop
            return parse(await response.text())

async def main():
    async with Pool(processes=P, childconcurrency=C) as pool:
        results = await pool.map(fetch, range(N))

if __name__ == "__main__":
    asyncio.run(main())`,
  queue: 'worker',
  lines: { queued: 14, ready: 10, suspended: 9, running: 10 },
  params: [
    'tasks',
    'workers',
    'concurrency',
    'cores',
    'startupMs',
    'latencyMs',
    'jitterMs',
    'overheadMs',
    'requestCpuMs',
    'cpuMs',
  ],
  defaults: { tasks: 100, workers: 4, concurrency: 16, latencyMs: 3000, startupMs: 200 },
  style: { color: 'var(--fg)', dash: '4 2 1 2' },
  comparison: { poolParam: 'workers', sweepCost: [30, 40] },
  setUp(world, main, params) {
    const steps: Step[] = [
      { kind: 'request', blocking: false },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    aioPoolMap(world, main, world.tasks(params.tasks, main.lane, 'queued'), steps);
  },
} satisfies Strategy;
