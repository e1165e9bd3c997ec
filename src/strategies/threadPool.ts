import type { Step } from '../sim/program';
import { ThreadPool } from '../sim/threadPool';
import { REQUESTS_REQUEST_CPU_MS } from './params';
import type { Strategy } from './types';

export const threadPool = {
  id: 'thread-pool',
  group: 'pools',
  title: 'ThreadPoolExecutor',
  hint: 'p threads, each blocking on its own request; the GIL serialises CPU work.',
  explanation: [
    'Each thread makes one blocking request at a time. A thread waiting on the network releases the GIL, so p threads wait together and N requests take about ceil(N / p) rounds of latency.',
    'CPU work is different: a thread needs the GIL to run Python, and only one thread of a process holds it. With CPU-heavy tasks the threads take turns every 5 ms, so more threads do not make the work faster, however many cores the machine has.',
  ],
  python: `from concurrent.futures import ThreadPoolExecutor
import requests

URL = "http://127.0.0.1:5000/slow"

def fetch(i):
    response = requests.get(URL)  # blocks this thread, releases the GIL
    return parse(response.text)   # needs the GIL: one thread at a time

with ThreadPoolExecutor(max_workers=P) as pool:
    results = list(pool.map(fetch, range(N)))`,
  queue: 'worker',
  lines: { queued: 11, ready: 8, blocked: 7, running: 8 },
  params: ['tasks', 'workers', 'latencyMs', 'jitterMs', 'overheadMs', 'requestCpuMs', 'cpuMs'],
  defaults: { tasks: 20, workers: 4, latencyMs: 1000, requestCpuMs: REQUESTS_REQUEST_CPU_MS },
  style: { color: '#E69F00', dash: '' },
  comparison: { poolParam: 'workers', sweepCost: [6.5, 36] },
  setUp(world, main, params) {
    const pool = new ThreadPool(world, main, params.workers);
    const steps: Step[] = [
      { kind: 'request', blocking: true },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    for (const task of world.tasks(params.tasks, main.lane, 'queued'))
      pool.submit({ task, steps, finish: true });
  },
} satisfies Strategy;
