import { laneOrder, processLaneOf } from './lanes';
import { isTerminal } from './terminal';
import type { Lane, TaskState, Trace } from './types';
import { lastStartingBy } from './stateAt';

/** A task as the state panel names it: who, in which state, since when, where. */
export interface TaskAt {
  readonly id: string;
  readonly label: string;
  /** Index in `trace.tasks`. */
  readonly index: number;
  readonly state: TaskState;
  /** When the task entered this state (the start of its active segment), ms. */
  readonly since: number;
  readonly lane: string;
}

/** A done-callback running on a loop: whose callback it is, and since when. */
export interface CallbackAt {
  /** The finished task the callback was added to (`task.add_done_callback`), if the trace names it. */
  readonly task: string | null;
  readonly label: string | null;
  readonly since: number;
}

/** One place Python code runs: an event loop, or a thread. */
export interface RunnerAt {
  readonly lane: Lane;
  /** The task holding this thread: `running`, or `blocked` in a blocking call. Null when idle. */
  readonly running: TaskAt | null;
  /** A done-callback the loop is running (it holds the thread, as a running task would); null otherwise. */
  readonly callback: CallbackAt | null;
  /** Tasks ready to run here, in the order they became ready (the loop's ready queue, or threads waiting for the GIL). */
  readonly ready: readonly TaskAt[];
  /** Tasks awaiting I/O here; the thread is free for others. */
  readonly suspended: readonly TaskAt[];
  /** Coroutines suspended here until other tasks finish (main() awaiting `asyncio.wait`): not waiting on I/O. */
  readonly awaiting: readonly TaskAt[];
}

/** A request sent and not yet answered at the cursor. */
export interface RequestAt {
  readonly task: string;
  readonly label: string;
  readonly sent: number;
}

export interface ProcessAt {
  readonly lane: Lane;
  /** True while the process is starting up (its `startup` span holds t). */
  readonly startingUp: boolean;
  /** Event loops and threads of this process that have or had work, in display order. */
  readonly runners: readonly RunnerAt[];
  /** Tasks not started yet, waiting for a pool slot, semaphore or connection, in the order they queued. */
  readonly queued: readonly TaskAt[];
  /** Requests in flight from this process, oldest first. */
  readonly inFlight: readonly RequestAt[];
  /** The task holding this process's GIL (a task `running` on one of its threads), if any. */
  readonly gil: TaskAt | null;
}

export interface PythonState {
  readonly t: number;
  readonly processes: readonly ProcessAt[];
}

interface CallbackRun {
  readonly at: CallbackAt;
  readonly end: number;
}

interface Request {
  readonly task: string;
  readonly process: string;
  readonly sent: number;
  readonly received: number;
}

/** What is computed once per trace so each `pythonStateAt` call is cheap. */
interface Index {
  readonly processes: readonly Lane[];
  readonly processOf: (lane: string) => string;
  /** Requests sorted by send time, with the largest duration seen so a scan can stop early. */
  readonly requests: readonly Request[];
  readonly labels: ReadonlyMap<string, string>;
  /** Per task, per segment: the TaskAt it stands for, made on first use (a call then allocates almost nothing). */
  readonly taskAts: (TaskAt | undefined)[][];
  /** Per process, the lanes that run Python code (loops, threads, or the process itself if tasks run on it). */
  readonly runnerLanes: ReadonlyMap<string, readonly Lane[]>;
  /** Per lane, the timed done-callbacks run on it, by start time. */
  readonly callbacks: ReadonlyMap<string, readonly CallbackRun[]>;
}

const cache = new WeakMap<Trace, Index>();

function buildIndex(trace: Trace): Index {
  const order = laneOrder(trace.lanes);
  const processOf = processLaneOf(trace.lanes);
  const processes = order.map((o) => o.lane).filter((l) => processOf(l.id) === l.id);
  const open = new Map<string, { sent: number; lane: string }[]>();
  const requests: Request[] = [];
  const labels = new Map(trace.tasks.map((task) => [task.id, task.label] as const));
  const callbacks = new Map<string, CallbackRun[]>();
  for (const e of trace.events) {
    if (e.kind === 'callback' && e.end !== undefined) {
      const task = e.task ?? null;
      const run = {
        at: { task, label: task === null ? null : (labels.get(task) ?? task), since: e.time },
        end: e.end,
      };
      const list = callbacks.get(e.lane);
      if (list === undefined) callbacks.set(e.lane, [run]);
      else list.push(run);
    }
    if (e.task === undefined) continue;
    if (e.kind === 'request-sent') {
      const list = open.get(e.task) ?? [];
      list.push({ sent: e.time, lane: e.lane });
      open.set(e.task, list);
    } else if (e.kind === 'response-received') {
      const sent = open.get(e.task)?.shift();
      if (sent)
        requests.push({ task: e.task, process: processOf(sent.lane), sent: sent.sent, received: e.time });
    }
  }
  // A request never answered stays in flight for good (the task failed, or the run was cancelled).
  for (const [task, list] of open)
    for (const s of list)
      requests.push({ task, process: processOf(s.lane), sent: s.sent, received: Infinity });
  requests.sort((a, b) => a.sent - b.sent);
  const runs = new Set(
    trace.lanes.filter((l) => l.kind === 'event-loop' || l.kind === 'thread').map((l) => l.id),
  );
  for (const task of trace.tasks)
    for (const s of task.segments)
      if (s.state !== 'queued' && s.state !== 'done' && s.state !== 'failed') runs.add(s.lane);
  for (const lane of callbacks.keys()) runs.add(lane);
  const runnerLanes = new Map<string, Lane[]>();
  for (const { lane } of order) {
    if (!runs.has(lane.id)) continue;
    const p = processOf(lane.id);
    const list = runnerLanes.get(p);
    if (list === undefined) runnerLanes.set(p, [lane]);
    else list.push(lane);
  }
  return {
    taskAts: trace.tasks.map(() => []),
    runnerLanes,
    processes,
    processOf,
    requests,
    labels,
    callbacks,
  };
}

function indexOf(trace: Trace): Index {
  let index = cache.get(trace);
  if (index === undefined) {
    index = buildIndex(trace);
    cache.set(trace, index);
  }
  return index;
}

interface MutableRunner {
  running: TaskAt | null;
  ready: TaskAt[];
  suspended: TaskAt[];
  awaiting: TaskAt[];
}

const bySince = (a: TaskAt, b: TaskAt) => a.since - b.since || a.index - b.index;

/**
 * The callback running at t (since <= t < end) among runs sorted by start, or null. A callback that took no
 * measurable time is named at its very instant (a walk-through step stops there).
 */
function callbackAt(runs: readonly CallbackRun[] | undefined, t: number): CallbackAt | null {
  if (runs === undefined) return null;
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].at.since <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const run = runs[found];
  return t < run.end || (run.end === run.at.since && t === run.end) ? run.at : null;
}

/** Index of the segment active at t (start <= t < end), or -1; terminal segments are never active here. */
function activeSegment(segs: Trace['tasks'][number]['segments'], t: number): number {
  const found = lastStartingBy(segs, t);
  return found >= 0 && t < segs[found].end && !isTerminal(segs[found].state) ? found : -1;
}

/**
 * What Python is doing at time `t` (ms), per process: each event loop's or thread's running task (or the
 * done-callback it runs), ready queue and suspended tasks, the queued tasks, the requests in flight and who holds the GIL. Segments are half-open
 * `[start, end)`; a finished task is `done` from its finish on and appears in no list. The per-trace index is
 * built once and cached; a call is O(tasks · log segments + requests sent by t).
 *
 * @example pythonStateAt(trace, 150).processes[0].runners[0].running?.label // "task 2"
 */
export function pythonStateAt(trace: Trace, t: number): PythonState {
  const index = indexOf(trace);
  const runners = new Map<string, MutableRunner>();
  const queued = new Map<string, TaskAt[]>();
  const gil = new Map<string, TaskAt>();
  const runner = (laneId: string): MutableRunner => {
    let r = runners.get(laneId);
    if (r === undefined) {
      r = { running: null, ready: [], suspended: [], awaiting: [] };
      runners.set(laneId, r);
    }
    return r;
  };
  trace.tasks.forEach((task, i) => {
    const k = activeSegment(task.segments, t);
    if (k < 0) return;
    const seg = task.segments[k];
    const cache = index.taskAts[i];
    const at =
      cache[k] ??
      (cache[k] = {
        id: task.id,
        label: task.label,
        index: i,
        state: seg.state,
        since: seg.start,
        lane: seg.lane,
      });
    switch (seg.state) {
      case 'running':
        gil.set(index.processOf(seg.lane), at);
        runner(seg.lane).running = at;
        return;
      case 'blocked':
        runner(seg.lane).running = at;
        return;
      case 'ready':
        runner(seg.lane).ready.push(at);
        return;
      case 'suspended':
        if (task.role === 'main') runner(seg.lane).awaiting.push(at);
        else runner(seg.lane).suspended.push(at);
        return;
      case 'queued': {
        const p = index.processOf(seg.lane);
        const list = queued.get(p);
        if (list === undefined) queued.set(p, [at]);
        else list.push(at);
        return;
      }
      case 'done':
      case 'failed':
        return;
    }
  });
  const inFlight = new Map<string, RequestAt[]>();
  for (const r of index.requests) {
    if (r.sent > t) break;
    if (r.received <= t) continue;
    const list = inFlight.get(r.process) ?? [];
    list.push({ task: r.task, label: index.labels.get(r.task) ?? r.task, sent: r.sent });
    inFlight.set(r.process, list);
  }
  const processes = index.processes.map((lane): ProcessAt => {
    const mine = (index.runnerLanes.get(lane.id) ?? []).map((l): RunnerAt => {
      const r = runners.get(l.id);
      const callback = callbackAt(index.callbacks.get(l.id), t);
      return r === undefined
        ? { lane: l, running: null, callback, ready: [], suspended: [], awaiting: [] }
        : {
            lane: l,
            running: r.running,
            callback,
            ready: r.ready.sort(bySince),
            suspended: r.suspended.sort(bySince),
            awaiting: r.awaiting,
          };
    });
    return {
      lane,
      startingUp: lane.startup !== undefined && lane.startup.start <= t && t < lane.startup.end,
      runners: mine,
      queued: (queued.get(lane.id) ?? []).sort(bySince),
      inFlight: inFlight.get(lane.id) ?? [],
      gil: gil.get(lane.id) ?? null,
    };
  });
  return { t, processes };
}
