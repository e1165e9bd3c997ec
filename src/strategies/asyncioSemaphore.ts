import type { Step } from '../sim/program';
import { Semaphore } from '../sim/semaphore';
import type { Strategy } from './types';
import { mainLoop } from './world';

export const asyncioSemaphore = {
  id: 'asyncio-semaphore',
  group: 'io',
  title: 'asyncio with a Semaphore',
  hint: 'At most k requests in flight; the rest wait their turn.',
  explanation: [
    'A semaphore is a counter of free places. Each task takes one before its request and gives it back after, so at most k requests are ever in flight: polite to a server, and a way to stay under rate limits.',
    'Tasks that find no free place wait in line (queued). With pure I/O the run takes about ceil(N / k) rounds of the endpoint\u2019s latency.',
  ],
  python: `import asyncio
import aiohttp

URL = "http://127.0.0.1:5000/slow"

async def fetch(session, semaphore, i):
    async with semaphore:                      # wait for one of k places
        async with session.get(URL) as response:
            text = await response.text()
    return parse(text)

async def main():
    semaphore = asyncio.Semaphore(K)
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(fetch(session, semaphore, i) for i in range(N)))

asyncio.run(main())`,
  queue: 'semaphore',
  lines: { queued: 7, ready: 15, suspended: 8, running: 10 },
  params: [
    'tasks',
    'concurrency',
    'connectorLimit',
    'latencyMs',
    'jitterMs',
    'overheadMs',
    'requestCpuMs',
    'cpuMs',
  ],
  defaults: { tasks: 12, concurrency: 3, latencyMs: 1000 },
  style: { color: '#56B4E9', dash: '6 3' },
  comparison: { poolParam: 'concurrency', sweepCost: [14, 21] },
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const semaphore = new Semaphore(params.concurrency);
    // The session's connector caps connections too (aiohttp's default 100): past it, k is not the limit.
    const connector = new Semaphore(params.connectorLimit);
    const steps: Step[] = [
      { kind: 'acquire', semaphore },
      { kind: 'request', blocking: false, connector },
      { kind: 'release', semaphore },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    for (const task of world.tasks(params.tasks, loop.lane, 'ready')) loop.spawn(task, steps);
  },
} satisfies Strategy;
