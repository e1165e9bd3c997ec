import { Fifo } from '../sim/fifo';
import type { Job } from '../sim/program';
import { ThreadWorker } from '../sim/threadWorker';
import { REQUESTS_REQUEST_CPU_MS, REQUEST_PARAMS } from './params';
import { type Constant, linesOf, PRINT_COST, programConstants, programHead } from './pythonProgram';
import type { Params } from '../trace/scenario';
import type { Strategy } from './types';
import { fetchThenParse } from './steps';

const DEFAULTS: Partial<Params> = { requestCpuMs: REQUESTS_REQUEST_CPU_MS };

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] => programConstants(p);

const program = (p: Params) => `import time

import requests

${programHead(constantsOf(p))}


def fetch(i):
    response = requests.get(f"{URL}&id={i}")  # blocks the thread until the answer arrives
    return parse(response.text)               # CPU work on the answer


start = time.perf_counter()
results = [fetch(i) for i in range(N)]  # one after another
${PRINT_COST}
`;

export const sequential = {
  id: 'sequential',
  group: 'io',
  title: 'One after another',
  hint: 'requests.get in a loop: each call waits for the previous one.',
  explanation: [
    'The program asks for one page, waits for the answer, then asks for the next. While it waits, the CPU has nothing to do, yet nothing else may start: the call blocks the only thread.',
    'Total time is the sum of every wait: 5 requests to a 3-second endpoint take 15 seconds.',
  ],
  program,
  queue: 'loop-turn',
  lines: linesOf(program, DEFAULTS, {
    queued: 'for i in range(N)',
    blocked: 'requests.get(',
    running: 'return parse(',
  }),
  params: ['tasks', ...REQUEST_PARAMS],
  defaults: DEFAULTS,
  style: { color: '#D55E00', dash: '' },
  comparison: { poolParam: null, sweepCost: [8, 12] },
  setUp(world, main, params) {
    const steps = fetchThenParse({ blocking: true }, params.cpuMs);
    const queue = new Fifo<Job>();
    for (const task of world.tasks(params.tasks, main.lane, 'queued'))
      queue.push({ task, steps, finish: true });
    new ThreadWorker(world, world.mainThread(main), () => queue.shift()).wake();
  },
} satisfies Strategy;
