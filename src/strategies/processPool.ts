import { poolMap } from '../sim/processPool';
import type { Step } from '../sim/program';
import { REQUESTS_REQUEST_CPU_MS } from './params';
import type { Strategy } from './types';

export const processPool = {
  id: 'process-pool',
  group: 'pools',
  title: 'multiprocessing.Pool',
  hint: 'p processes, each with its own GIL, fed in chunks by Pool.map.',
  explanation: [
    'Each worker process has its own interpreter and its own GIL, so CPU work really runs in parallel, up to the number of cores. Forking a worker is cheap (about 1.5 ms each).',
    'Pool.map cuts the work into chunks of ceil(N / 4p) items and each worker runs its chunk one item after another with blocking requests. 100 tasks on 4 processes go in chunks of 7: the busiest worker runs 28 requests, not 25.',
  ],
  python: `from multiprocessing import Pool
import requests

URL = "http://127.0.0.1:5000/slow"

def fetch(i):
    response = requests.get(URL)  # blocks this worker process
    return parse(response.text)   # its own GIL: real parallel CPU work

if __name__ == "__main__":
    with Pool(processes=P) as pool:
        results = pool.map(fetch, range(N))  # chunksize = ceil(N / (4 * P))`,
  queue: 'worker',
  lines: { queued: 12, ready: 8, blocked: 7, running: 8 },
  params: [
    'tasks',
    'workers',
    'chunksize',
    'cores',
    'startupMs',
    'latencyMs',
    'jitterMs',
    'overheadMs',
    'requestCpuMs',
    'cpuMs',
  ],
  defaults: {
    tasks: 100,
    workers: 4,
    latencyMs: 3000,
    startupMs: 1.5,
    requestCpuMs: REQUESTS_REQUEST_CPU_MS,
  },
  style: { color: '#009E73', dash: '' },
  comparison: { poolParam: 'workers', sweepCost: [8, 20] },
  setUp(world, main, params) {
    const steps: Step[] = [
      { kind: 'request', blocking: true },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    poolMap(world, main, world.tasks(params.tasks, main.lane, 'queued'), steps);
  },
} satisfies Strategy;
