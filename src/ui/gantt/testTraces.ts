/**
 * Hand-built traces for the Gantt's tests (and for looking at the chart before the simulator lands).
 * Not exported from the package index.
 */
import type { Params, StrategyId } from '../../trace/scenario';
import type { Lane, Segment, Task, TaskState, Trace, TraceEvent } from '../../trace/types';

const PARAMS: Params = {
  tasks: 5,
  latencyMs: 3000,
  jitterMs: 0,
  jitterKind: 'uniform',
  overheadMs: 0,
  requestCpuMs: 0,
  cpuMs: 1,
  workers: 4,
  concurrency: 5,
  connectorLimit: 0,
  chunksize: 0,
  cores: 4,
  startupMs: 500,
};

export function traceOf(
  strategy: StrategyId,
  lanes: Lane[],
  tasks: Task[],
  events: TraceEvent[] = [],
): Trace {
  return {
    version: 1,
    engine: 'sim',
    scenario: { strategy, params: { ...PARAMS, tasks: tasks.length }, seed: 1 },
    lanes,
    tasks,
    events: events.sort((a, b) => a.time - b.time),
  };
}

/** A task from a start time and [state, duration, lane?] steps, ending in `outcome`. */
export function taskOf(
  n: number,
  lane: string,
  t0: number,
  steps: [TaskState, number, string?][],
  outcome: 'done' | 'failed' = 'done',
): Task {
  const segments: Segment[] = [];
  let t = t0;
  for (const [state, d, at] of steps) {
    segments.push({ state, start: t, end: t + d, lane: at ?? lane });
    t += d;
  }
  segments.push({ state: outcome, start: t, end: t, lane: segments[segments.length - 1]?.lane ?? lane });
  return { id: `t${n}`, label: `task ${n}`, lane, segments };
}

/** An event loop running `n` tasks that each send a request, wait `wait` ms suspended, then parse it. */
export function asyncioTrace(n = 5, wait = 3000): Trace {
  const lanes: Lane[] = [
    { id: 'main', kind: 'process', label: 'main process', parent: null },
    { id: 'loop', kind: 'event-loop', label: 'event loop', parent: 'main' },
  ];
  const tasks: Task[] = [];
  const events: TraceEvent[] = [];
  for (let i = 0; i < n; i++) {
    const run0 = i * 2;
    const back = run0 + 2 + wait;
    const steps: [TaskState, number][] = [
      ['running', 2],
      ['suspended', wait],
      ['ready', i * 2 + 0.5],
      ['running', 2],
    ];
    if (run0 > 0) steps.unshift(['ready', run0]);
    tasks.push(taskOf(i + 1, 'loop', 0, steps));
    events.push({ kind: 'suspend', time: run0 + 2, lane: 'loop', task: `t${i + 1}` });
    events.push({ kind: 'resume', time: back + i * 2 + 0.5, lane: 'loop', task: `t${i + 1}` });
  }
  return traceOf('asyncio-gather', lanes, tasks, events);
}

/** A pool of `threads` threads running `n` blocking requests of `wait` ms; task 6 fails. */
export function threadPoolTrace(n = 10, threads = 4, wait = 1000): Trace {
  const lanes: Lane[] = [{ id: 'main', kind: 'process', label: 'main process', parent: null }];
  for (let k = 1; k <= threads; k++)
    lanes.push({ id: `th${k}`, kind: 'thread', label: `thread ${k}`, parent: 'main' });
  const tasks = Array.from({ length: n }, (_, i) => {
    const wave = Math.floor(i / threads);
    const lane = `th${(i % threads) + 1}`;
    const steps: [TaskState, number, string?][] = [
      ['running', 5],
      ['blocked', wait],
      ['running', 10],
    ];
    if (wave > 0) steps.unshift(['queued', wave * (wait + 15), 'main']);
    return taskOf(i + 1, lane, 0, steps, i === 5 ? 'failed' : 'done');
  });
  return traceOf('thread-pool', lanes, tasks);
}

/** A process pool: each worker process starts up for `startup` ms before taking work. */
export function processPoolTrace(n = 6, procs = 3, startup = 500): Trace {
  const lanes: Lane[] = [{ id: 'main', kind: 'process', label: 'main process', parent: null }];
  for (let k = 1; k <= procs; k++) {
    lanes.push({
      id: `p${k}`,
      kind: 'process',
      label: `process ${k}`,
      parent: 'main',
      startup: { start: 10 * k, end: 10 * k + startup },
    });
  }
  const tasks = Array.from({ length: n }, (_, i) => {
    const k = (i % procs) + 1;
    const wave = Math.floor(i / procs);
    const steps: [TaskState, number, string?][] = [
      ['queued', 10 * k + startup + wave * 420, 'main'],
      ['running', 60],
      ['blocked', 300],
      ['running', 60],
    ];
    return taskOf(i + 1, `p${k}`, 0, steps);
  });
  const events: TraceEvent[] = lanes
    .slice(1)
    .map((l, k) => ({ kind: 'process-exit', time: 1500 + k * 10, lane: l.id }));
  return traceOf('process-pool', lanes, tasks, events);
}

/** `n` tasks on one event loop behind a semaphore of 100: queued, then suspended, then a short run. */
export function manyTasksTrace(n: number): Trace {
  const lanes: Lane[] = [{ id: 'loop', kind: 'event-loop', label: 'event loop', parent: null }];
  const tasks = Array.from({ length: n }, (_, i) => {
    const wave = Math.floor(i / 100);
    const steps: [TaskState, number][] = [
      ['running', 0.1],
      ['suspended', 300 + (i % 7) * 20],
      ['running', 0.2],
    ];
    if (wave > 0) steps.unshift(['queued', wave * 450]);
    return taskOf(i + 1, 'loop', 0, steps);
  });
  return traceOf('asyncio-semaphore', lanes, tasks);
}
