import { Semaphore } from '../sim/semaphore';
import type { Params } from '../trace/scenario';
import { type Constant, linesOf, literal, PRINT_COST, programConstants, programHead } from './pythonProgram';
import type { Strategy } from './types';
import { fetchThenParse, spawnAll } from './steps';
import { REQUEST_PARAMS } from './params';
import { mainLoop } from './mainProcess';

const DEFAULTS: Partial<Params> = {};

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] =>
  programConstants(p, {
    knobs: [
      {
        name: 'LIMIT',
        value: literal(p.connectorLimit),
        note: "connections; aiohttp's default 100, 0: no limit",
      },
    ],
  });

const program = (p: Params) => `import asyncio
import time

import aiohttp

${programHead(constantsOf(p))}


async def fetch(session, i):
    async with session.get(f"{URL}&id={i}") as response:  # await: this task suspends
        text = await response.text()
    return parse(text)  # CPU work holds the loop


async def main():
    connector = aiohttp.TCPConnector(limit=LIMIT)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(fetch(session, i) for i in range(N)))


start = time.perf_counter()
asyncio.run(main())
${PRINT_COST}
`;

export const asyncioGather = {
  id: 'asyncio-gather',
  group: 'io',
  title: 'asyncio + aiohttp, all at once',
  hint: 'Every request awaits: the loop sends them all, then waits once.',
  explanation: [
    'aiohttp\u2019s get is awaitable: when a task reaches await, it suspends and hands the thread back to the event loop, which starts the next task. All requests are in flight together, so 5 requests of 3 seconds finish in about 3 seconds.',
    'An aiohttp session opens at most 100 connections by default. Past that, tasks queue for a free connection, so 500 requests run in waves of 100. CPU work after each response still runs on the one loop thread, one task at a time.',
  ],
  program,
  queue: 'connection',
  lines: linesOf(program, DEFAULTS, {
    queued: 'session.get(',
    ready: 'await asyncio.gather(',
    suspended: 'session.get(',
    running: 'return parse(',
  }),
  params: ['tasks', ...REQUEST_PARAMS, 'connectorLimit'],
  defaults: DEFAULTS,
  style: { color: '#0072B2', dash: '' },
  comparison: { poolParam: 'connectorLimit', sweepCost: [14, 21] },
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const connector = new Semaphore(params.connectorLimit);
    const steps = fetchThenParse({ blocking: false, connector }, params.cpuMs);
    spawnAll(world, loop, params.tasks, steps);
  },
} satisfies Strategy;
