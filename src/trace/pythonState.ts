import { isTerminal } from './terminal';
import type { Trace } from './types';
import { lastStartingBy } from './stateAt';
import { callbackAt, indexOf } from './pythonStateIndex';
import type { ProcessAt, PythonState, RequestAt, RunnerAt, TaskAt } from './pythonStateTypes';

export type { CallbackAt, ProcessAt, PythonState, RequestAt, RunnerAt, TaskAt } from './pythonStateTypes';

interface MutableRunner {
  running: TaskAt | null;
  ready: TaskAt[];
  suspended: TaskAt[];
  awaiting: TaskAt[];
}

const bySince = (a: TaskAt, b: TaskAt) => a.since - b.since || a.index - b.index;

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
