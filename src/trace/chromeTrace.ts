/**
 * Trace → Chrome Trace Event Format (JSON object form), for Perfetto UI and chrome://tracing.
 *
 * Lanes become pids/tids: a top-level lane is a process (pid), the lanes inside it are its threads (tid).
 * A segment that holds its lane (running, blocked) is an `X` slice on that lane's thread; waiting segments
 * (queued, ready, suspended) overlap across tasks, and the format wants the slices of one thread nested, so
 * they sit on a track of their own per task ("task 3 · waiting"). Terminal markers and point events are
 * instant (`i`) events; a timed done-callback is an `X` slice on its lane. Exact times (ms) and ids ride in `args`, and the trace header in `otherData`, so
 * `fromChromeTrace` gives back the identical Trace.
 */
import { topLevelLaneOf } from './lanes';
import type { Lane, Task, Trace } from './types';

export const CHROME_TRACE_FORMAT = 'awaitline-chrome-trace' as const;

export interface ChromeEvent {
  readonly name: string;
  readonly ph: 'X' | 'i' | 'M';
  readonly pid: number;
  readonly tid: number;
  readonly ts?: number;
  readonly dur?: number;
  readonly cat?: string;
  readonly s?: 't';
  readonly args?: Readonly<Record<string, unknown>>;
}

export interface ChromeTrace {
  readonly traceEvents: readonly ChromeEvent[];
  readonly displayTimeUnit: 'ms';
  readonly otherData: {
    readonly format: typeof CHROME_TRACE_FORMAT;
    readonly trace: Pick<Trace, 'version' | 'engine' | 'scenario' | 'lanes' | 'cancelled'> & {
      readonly tasks: readonly Pick<Task, 'id' | 'label' | 'role' | 'lane'>[];
    };
  };
}

/** Microseconds from milliseconds, rounded to the nanosecond the format can carry without float noise. */
const us = (ms: number) => Math.round(ms * 1e6) / 1e3;
const HOLDS_LANE = new Set(['running', 'blocked']);

function laneIds(lanes: readonly Lane[]) {
  const top = topLevelLaneOf(lanes);
  const pids = new Map<string, number>();
  const tids = new Map<string, { pid: number; tid: number }>();
  let next = 1;
  for (const lane of lanes) if (lane.parent === null) pids.set(lane.id, next++);
  for (const lane of lanes) tids.set(lane.id, { pid: pids.get(top(lane.id)) ?? 0, tid: next++ });
  return { pids, tids, next };
}

/**
 * @example
 * const json = JSON.stringify(toChromeTrace(trace)); // open it in https://ui.perfetto.dev
 */
export function toChromeTrace(trace: Trace): ChromeTrace {
  const { tids, next } = laneIds(trace.lanes);
  const events: ChromeEvent[] = [];
  const meta = (name: string, pid: number, tid: number, args: Record<string, unknown>) =>
    events.push({ name, ph: 'M', pid, tid, args });
  trace.lanes.forEach((lane, i) => {
    const at = tids.get(lane.id)!;
    if (lane.parent === null) {
      meta('process_name', at.pid, at.tid, { name: lane.label });
      meta('process_sort_index', at.pid, at.tid, { sort_index: at.pid });
    }
    meta('thread_name', at.pid, at.tid, { name: `${lane.label} (${lane.kind})` });
    meta('thread_sort_index', at.pid, at.tid, { sort_index: i });
    if (lane.startup) {
      const { start, end } = lane.startup;
      events.push({
        name: 'start-up',
        ph: 'X',
        cat: 'startup',
        pid: at.pid,
        tid: at.tid,
        ts: us(start),
        dur: us(end) - us(start),
        args: { lane: lane.id },
      });
    }
  });
  trace.tasks.forEach((task, t) => {
    const own = { pid: tids.get(task.lane)!.pid, tid: next + t };
    let ownUsed = false;
    task.segments.forEach((seg, s) => {
      const args = {
        task: task.id,
        segment: s,
        state: seg.state,
        lane: seg.lane,
        startMs: seg.start,
        endMs: seg.end,
      };
      const terminal = seg.state === 'done' || seg.state === 'failed';
      const at = HOLDS_LANE.has(seg.state) ? tids.get(seg.lane)! : own;
      ownUsed ||= at === own;
      if (terminal)
        events.push({
          name: `${task.label} ${seg.state}`,
          ph: 'i',
          s: 't',
          cat: seg.state,
          pid: at.pid,
          tid: at.tid,
          ts: us(seg.start),
          args,
        });
      else
        events.push({
          name: task.label,
          ph: 'X',
          cat: seg.state,
          pid: at.pid,
          tid: at.tid,
          ts: us(seg.start),
          dur: us(seg.end) - us(seg.start),
          args,
        });
    });
    if (ownUsed) {
      meta('thread_name', own.pid, own.tid, { name: `${task.label} · waiting` });
      meta('thread_sort_index', own.pid, own.tid, { sort_index: trace.lanes.length + t });
    }
  });
  trace.events.forEach((e, i) => {
    const at = tids.get(e.lane)!;
    const args = {
      kind: e.kind,
      index: i,
      lane: e.lane,
      timeMs: e.time,
      ...(e.task === undefined ? {} : { task: e.task }),
      ...(e.end === undefined ? {} : { endMs: e.end }),
    };
    // A timed callback held its lane: a slice on the lane's thread, as running tasks are.
    events.push(
      e.end === undefined
        ? { name: e.kind, ph: 'i', s: 't', cat: 'event', pid: at.pid, tid: at.tid, ts: us(e.time), args }
        : {
            name: e.kind,
            ph: 'X',
            cat: 'event',
            pid: at.pid,
            tid: at.tid,
            ts: us(e.time),
            dur: us(e.end) - us(e.time),
            args,
          },
    );
  });
  const { version, engine, scenario, lanes, cancelled } = trace;
  const header = {
    version,
    engine,
    scenario,
    lanes,
    ...(cancelled === undefined ? {} : { cancelled }),
    tasks: trace.tasks.map(({ id, label, role, lane }) =>
      role ? { id, label, role, lane } : { id, label, lane },
    ),
  };
  return {
    traceEvents: events,
    displayTimeUnit: 'ms',
    otherData: { format: CHROME_TRACE_FORMAT, trace: header },
  };
}
