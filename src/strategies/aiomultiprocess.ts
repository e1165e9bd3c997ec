import { aioPoolMap } from '../sim/aioPool';
import type { Params } from '../trace/scenario';
import { type Constant, linesOf, literal, PRINT_COST, programConstants, programHead } from './pythonProgram';
import type { Strategy } from './types';
import { fetchThenParse } from './steps';
import { PROCESS_PARAMS, REQUEST_PARAMS } from './params';

const DEFAULTS: Partial<Params> = {
  tasks: 100,
  workers: 4,
  concurrency: 16,
  latencyMs: 3000,
  startupMs: 200,
};

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] =>
  programConstants(p, {
    pool: [
      { name: 'WORKERS', value: literal(p.workers), note: 'processes' },
      { name: 'CHILD_CONCURRENCY', value: literal(p.concurrency), note: 'tasks at once per process' },
    ],
  });

const program = (p: Params) => `import asyncio
import time

import aiohttp
from aiomultiprocess import Pool

${programHead(constantsOf(p))}


async def fetch(i):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{URL}&id={i}") as response:  # suspends on this process's loop
            text = await response.text()
    return parse(text)


async def main():
    async with Pool(processes=WORKERS, childconcurrency=CHILD_CONCURRENCY) as pool:
        results = await pool.map(fetch, range(N))


if __name__ == "__main__":  # not in the children, which import this file
    start = time.perf_counter()
    asyncio.run(main())
    ${PRINT_COST}
`;

export const aiomultiprocess = {
  id: 'aiomultiprocess',
  group: 'pools',
  title: 'aiomultiprocess',
  hint: 'Processes that each run an event loop with many coroutines.',
  explanation: [
    'aiomultiprocess combines both ideas: p processes for CPU, and in each an event loop running up to childconcurrency coroutines that await their requests together.',
    'Its Pool first starts a Manager process in the parent, then spawns each child fresh to import its modules, so a few hundred milliseconds pass before the first task starts (the Manager has its own lane). After that, 100 requests are spread over p \u00d7 c concurrent coroutines and finish in about one latency.',
  ],
  program,
  queue: 'worker',
  lines: linesOf(program, DEFAULTS, {
    queued: 'pool.map(',
    ready: 'return parse(',
    suspended: 'session.get(',
    running: 'return parse(',
  }),
  params: ['tasks', 'workers', 'concurrency', ...PROCESS_PARAMS, ...REQUEST_PARAMS],
  defaults: DEFAULTS,
  style: { color: 'var(--fg)', dash: '4 2 1 2' },
  comparison: { poolParam: 'workers', sweepCost: [30, 40] },
  setUp(world, main, params) {
    const steps = fetchThenParse({ blocking: false }, params.cpuMs);
    aioPoolMap(world, main, world.tasks(params.tasks, main.lane, 'queued'), steps);
  },
} satisfies Strategy;
