import { REQUESTS_REQUEST_CPU_MS, REQUEST_PARAMS } from './params';
import type { Params } from '../trace/scenario';
import { type Constant, linesOf, PRINT_COST, programConstants, programHead } from './pythonProgram';
import type { Strategy } from './types';
import { fetchThenParse, spawnAll } from './steps';
import { mainLoop } from './mainProcess';

const DEFAULTS: Partial<Params> = { requestCpuMs: REQUESTS_REQUEST_CPU_MS };

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] => programConstants(p);

const program = (p: Params) => `import asyncio
import time

import requests

${programHead(constantsOf(p))}


async def fetch(i):
    response = requests.get(f"{URL}&id={i}")  # blocking call: the event loop is stuck here
    return parse(response.text)


async def main():
    await asyncio.gather(*(fetch(i) for i in range(N)))


start = time.perf_counter()
asyncio.run(main())
${PRINT_COST}
`;

export const asyncBlocking = {
  id: 'async-blocking',
  group: 'io',
  title: 'async def around requests (the pitfall)',
  hint: 'Coroutines that call a blocking function: still one at a time.',
  explanation: [
    'Every request now lives in a coroutine and all of them are handed to the event loop at once. But requests.get does not know about the loop: it blocks the loop\u2019s only thread until its answer arrives, so the loop cannot switch to another task.',
    'The other tasks sit ready, waiting for a loop that never frees up. Marking a function async does not make its I/O asynchronous: it still takes 15 seconds for 5 requests of 3 seconds.',
  ],
  program,
  lines: linesOf(program, DEFAULTS, {
    ready: 'await asyncio.gather(',
    blocked: 'requests.get(',
    running: 'return parse(',
  }),
  params: ['tasks', ...REQUEST_PARAMS],
  defaults: DEFAULTS,
  style: { color: '#CC79A7', dash: '2 3' },
  comparison: { poolParam: null, sweepCost: [8, 12] },
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const steps = fetchThenParse({ blocking: true }, params.cpuMs);
    spawnAll(world, loop, params.tasks, steps);
  },
} satisfies Strategy;
