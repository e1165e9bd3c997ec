import { ThreadPool } from '../sim/threadPool';
import { REQUESTS_REQUEST_CPU_MS, REQUEST_PARAMS } from './params';
import type { Params } from '../trace/scenario';
import {
  type Constant,
  linesOf,
  POOL_MAP_ANCHORS,
  literal,
  PRINT_COST,
  programConstants,
  programHead,
} from './pythonProgram';
import type { Strategy } from './types';
import { fetchThenParse } from './steps';

const DEFAULTS: Partial<Params> = {
  tasks: 20,
  workers: 4,
  latencyMs: 1000,
  requestCpuMs: REQUESTS_REQUEST_CPU_MS,
};

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] =>
  programConstants(p, {
    pool: [{ name: 'WORKERS', value: literal(p.workers), note: 'threads' }],
  });

const program = (p: Params) => `import time
from concurrent.futures import ThreadPoolExecutor

import requests

${programHead(constantsOf(p))}


def fetch(i):
    response = requests.get(f"{URL}&id={i}")  # blocks this thread, releases the GIL
    return parse(response.text)               # needs the GIL: one thread at a time


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=WORKERS) as pool:
    results = list(pool.map(fetch, range(N)))
${PRINT_COST}
`;

export const threadPool = {
  id: 'thread-pool',
  group: 'pools',
  title: 'ThreadPoolExecutor',
  hint: 'p threads, each blocking on its own request; the GIL serialises CPU work.',
  explanation: [
    'Each thread makes one blocking request at a time. A thread waiting on the network releases the GIL, so p threads wait together and N requests take about ceil(N / p) rounds of latency.',
    'CPU work is different: a thread needs the GIL to run Python, and only one thread of a process holds it. With CPU-heavy tasks the threads take turns every 5 ms, so more threads do not make the work faster, however many cores the machine has.',
  ],
  program,
  queue: 'worker',
  lines: linesOf(program, DEFAULTS, POOL_MAP_ANCHORS),
  params: ['tasks', 'workers', ...REQUEST_PARAMS],
  defaults: DEFAULTS,
  style: { color: '#E69F00', dash: '' },
  comparison: { poolParam: 'workers', sweepCost: [6.5, 36] },
  setUp(world, main, params) {
    const pool = new ThreadPool(world, main, params.workers);
    const steps = fetchThenParse({ blocking: true }, params.cpuMs);
    for (const task of world.tasks(params.tasks, main.lane, 'queued'))
      pool.submit({ task, steps, finish: true });
  },
} satisfies Strategy;
