import { poolMap } from '../sim/processPool';
import { PROCESS_PARAMS, REQUESTS_REQUEST_CPU_MS, REQUEST_PARAMS } from './params';
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
  tasks: 100,
  workers: 4,
  latencyMs: 3000,
  startupMs: 1.5,
  requestCpuMs: REQUESTS_REQUEST_CPU_MS,
};

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] =>
  programConstants(p, {
    pool: [
      { name: 'WORKERS', value: literal(p.workers), note: 'processes' },
      {
        name: 'CHUNKSIZE',
        value: p.chunksize > 0 ? literal(p.chunksize) : 'None',
        note: "None: Pool.map's default",
      },
    ],
  });

const program = (p: Params) => `import time
from multiprocessing import Pool

import requests

${programHead(constantsOf(p))}


def fetch(i):
    response = requests.get(f"{URL}&id={i}")  # blocks this worker process
    return parse(response.text)               # its own GIL: real parallel CPU work


if __name__ == "__main__":  # not in the workers, which import this file
    start = time.perf_counter()
    with Pool(processes=WORKERS) as pool:
        results = pool.map(fetch, range(N), chunksize=CHUNKSIZE)
    ${PRINT_COST}
`;

export const processPool = {
  id: 'process-pool',
  group: 'pools',
  title: 'multiprocessing.Pool',
  hint: 'p processes, each with its own GIL, fed in chunks by Pool.map.',
  explanation: [
    'Each worker process has its own interpreter and its own GIL, so CPU work really runs in parallel, up to the number of cores. Forking a worker is cheap (about 1.5 ms each).',
    'Pool.map cuts the work into chunks of ceil(N / 4p) items and each worker runs its chunk one item after another with blocking requests. 100 tasks on 4 processes go in chunks of 7: the busiest worker runs 28 requests, not 25.',
  ],
  program,
  queue: 'worker',
  lines: linesOf(program, DEFAULTS, POOL_MAP_ANCHORS),
  params: ['tasks', 'workers', 'chunksize', ...PROCESS_PARAMS, ...REQUEST_PARAMS],
  defaults: DEFAULTS,
  style: { color: '#009E73', dash: '' },
  comparison: { poolParam: 'workers', sweepCost: [8, 20] },
  setUp(world, main, params) {
    const steps = fetchThenParse({ blocking: true }, params.cpuMs);
    poolMap(world, main, world.tasks(params.tasks, main.lane, 'queued'), steps);
  },
} satisfies Strategy;
