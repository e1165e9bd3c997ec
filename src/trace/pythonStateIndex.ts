import { laneOrder, processLaneOf } from './lanes';
import type { Lane, Trace } from './types';
import type { CallbackAt, TaskAt } from './pythonStateTypes';

/* What `pythonStateAt` computes once per trace (cached by trace), so that each call is cheap. */

export interface CallbackRun {
  readonly at: CallbackAt;
  readonly end: number;
}

export interface Request {
  readonly task: string;
  readonly process: string;
  readonly sent: number;
  readonly received: number;
}

/** What is computed once per trace so each `pythonStateAt` call is cheap. */
export interface Index {
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

/** The index of `trace`, built on first use and cached while the trace lives. */
export function indexOf(trace: Trace): Index {
  let index = cache.get(trace);
  if (index === undefined) {
    index = buildIndex(trace);
    cache.set(trace, index);
  }
  return index;
}

/**
 * The callback running at t (since <= t < end) among runs sorted by start, or null. A callback that took no
 * measurable time is named at its very instant (a walk-through step stops there).
 */
export function callbackAt(runs: readonly CallbackRun[] | undefined, t: number): CallbackAt | null {
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
