import type { Step } from '../sim/program';
import { Semaphore } from '../sim/semaphore';
import type { Params } from '../trace/scenario';
import { type Constant, linesOf, literal, PRINT_COST, programConstants, programHead } from './pythonProgram';
import type { Strategy } from './types';
import { spawnAll } from './steps';
import { REQUEST_PARAMS } from './params';
import { mainLoop } from './mainProcess';

const DEFAULTS: Partial<Params> = { tasks: 12, concurrency: 3, latencyMs: 1000 };

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] =>
  programConstants(p, {
    knobs: [
      { name: 'K', value: literal(p.concurrency), note: 'requests at once' },
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


async def fetch(session, semaphore, i):
    async with semaphore:  # wait for one of K places
        async with session.get(f"{URL}&id={i}") as response:
            text = await response.text()
    return parse(text)


async def main():
    semaphore = asyncio.Semaphore(K)
    connector = aiohttp.TCPConnector(limit=LIMIT)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(fetch(session, semaphore, i) for i in range(N)))


start = time.perf_counter()
asyncio.run(main())
${PRINT_COST}
`;

export const asyncioSemaphore = {
  id: 'asyncio-semaphore',
  group: 'io',
  title: 'asyncio with a Semaphore',
  hint: 'At most k requests in flight; the rest wait their turn.',
  explanation: [
    'A semaphore is a counter of free places. Each task takes one before its request and gives it back after, so at most k requests are ever in flight: polite to a server, and a way to stay under rate limits.',
    'Tasks that find no free place wait in line (queued). With pure I/O the run takes about ceil(N / k) rounds of the endpoint\u2019s latency.',
    'The session has a limit of its own: a default aiohttp ClientSession opens at most 100 connections. With k above that, the connector, not the semaphore, caps requests in flight (a callout says so), and the run takes ceil(N / 100) rounds: raising k past 100 gains nothing.',
  ],
  program,
  queue: 'semaphore',
  lines: linesOf(program, DEFAULTS, {
    queued: 'async with semaphore:',
    ready: 'await asyncio.gather(',
    suspended: 'session.get(',
    running: 'return parse(',
  }),
  params: ['tasks', 'concurrency', 'connectorLimit', ...REQUEST_PARAMS],
  defaults: DEFAULTS,
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
    spawnAll(world, loop, params.tasks, steps);
  },
} satisfies Strategy;
