import { Fifo } from '../sim/fifo';
import type { Job, Step } from '../sim/program';
import { ThreadWorker } from '../sim/threadWorker';
import { REQUESTS_REQUEST_CPU_MS } from './params';
import type { Strategy } from './types';

export const sequential = {
  id: 'sequential',
  group: 'io',
  title: 'One after another',
  hint: 'requests.get in a loop: each call waits for the previous one.',
  explanation: [
    'The program asks for one page, waits for the answer, then asks for the next. While it waits, the CPU has nothing to do, yet nothing else may start: the call blocks the only thread.',
    'Total time is the sum of every wait: 5 requests to a 3-second endpoint take 15 seconds.',
  ],
  python: `import time
import requests

URL = "http://127.0.0.1:5000/slow"  # answers after 3 s

def fetch(i):
    response = requests.get(URL)  # blocks the thread until the answer arrives
    return parse(response.text)   # CPU work on the answer

start = time.time()
results = [fetch(i) for i in range(N)]
print("Cost time:", time.time() - start)`,
  queue: 'loop-turn',
  lines: { queued: 11, blocked: 7, running: 8 },
  params: ['tasks', 'latencyMs', 'jitterMs', 'overheadMs', 'requestCpuMs', 'cpuMs'],
  defaults: { requestCpuMs: REQUESTS_REQUEST_CPU_MS },
  style: { color: '#D55E00', dash: '' },
  comparison: { poolParam: null, sweepCost: [8, 12] },
  setUp(world, main, params) {
    const steps: Step[] = [
      { kind: 'request', blocking: true },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    const queue = new Fifo<Job>();
    for (const task of world.tasks(params.tasks, main.lane, 'queued'))
      queue.push({ task, steps, finish: true });
    new ThreadWorker(world, world.mainThread(main), () => queue.shift()).wake();
  },
} satisfies Strategy;
