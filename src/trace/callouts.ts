import { perTrace } from './perTrace';
import { inFlightSeries } from './inFlight';
import { processLaneOf } from './lanes';
import type { Lane, Segment, TaskState, Trace } from './types';

export type CalloutKind =
  'loop-blocked' | 'gil-wait' | 'pool-saturated' | 'semaphore-full' | 'connector-cap' | 'startup';

export const CALLOUT_KINDS: readonly CalloutKind[] = [
  'loop-blocked',
  'gil-wait',
  'pool-saturated',
  'semaphore-full',
  'connector-cap',
  'startup',
];

/** Something worth noticing in a run, at a time (and over a span); the UI words it by `kind` and `count`. */
export interface Callout {
  readonly kind: CalloutKind;
  readonly time: number;
  readonly end: number;
  /** The lane concerned, when there is one. */
  readonly lane: string | null;
  /** Tasks concerned at `time`: ready behind a blocked loop, or queued; processes starting up. */
  readonly count: number;
}

/**
 * The segments the callouts look at, by state and lane, each list sorted by start (stable: trace order among
 * equal starts): ready and queued anywhere, blocked on event loops, running on threads. A 10,000-task trace has
 * ~100,000 segments; the suspended ones (most of an asyncio run) and the rest are never read, so never copied.
 */
function byLaneAndState(trace: Trace): Map<string, Segment[]> {
  const kindOf = new Map(trace.lanes.map((l) => [l.id, l.kind] as const));
  const out = new Map<string, Segment[]>();
  // The same lists by lane, then state: found without building a key string per segment.
  const byLane = new Map<string, Map<TaskState, Segment[]>>();
  for (const task of trace.tasks) {
    for (const s of task.segments) {
      if (s.end <= s.start) continue;
      const { state, lane } = s;
      if (state === 'suspended' || state === 'done' || state === 'failed') continue;
      if (state === 'blocked' && kindOf.get(lane) !== 'event-loop') continue;
      if (state === 'running' && kindOf.get(lane) !== 'thread') continue;
      let states = byLane.get(lane);
      if (states === undefined) byLane.set(lane, (states = new Map()));
      let list = states.get(state);
      if (list === undefined) {
        states.set(state, (list = []));
        out.set(`${state}\u0000${lane}`, list);
      }
      list.push(s);
    }
  }
  for (const list of out.values()) if (!sortedByStart(list)) list.sort((a, b) => a.start - b.start);
  return out;
}

/** Whether `list` is already in start order (queued spans often are: every task is queued at 0). */
function sortedByStart(list: readonly Segment[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return false;
  return true;
}

/** Tasks among `segs` (sorted by start) active at t. */
function countAt(segs: readonly Segment[], t: number): number {
  let n = 0;
  for (const s of segs) {
    if (s.start > t) break;
    if (s.end > t) n++;
  }
  return n;
}

/** How many of `sorted` are <= t (binary search). */
function countUpTo(sorted: readonly number[] | Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Active-at-t counts over `segs` in O(log n) per question: started by t minus ended by t. */
function activeCounter(segs: readonly Segment[]): (t: number) => number {
  const starts = Float64Array.from(segs, (s) => s.start).sort();
  const ends = Float64Array.from(segs, (s) => s.end).sort();
  return (t) => countUpTo(starts, t) - countUpTo(ends, t);
}

/** A blocked segment on an event loop while tasks wait ready on that loop: the first per loop. */
function loopBlocked(lanes: readonly Lane[], segs: Map<string, Segment[]>): Callout[] {
  const out: Callout[] = [];
  for (const lane of lanes) {
    if (lane.kind !== 'event-loop') continue;
    const blocked = segs.get(`blocked\u0000${lane.id}`) ?? [];
    // Most asyncio runs never block their loop: then the ready spans need no counting.
    if (blocked.length === 0) continue;
    const readyAt = activeCounter(segs.get(`ready\u0000${lane.id}`) ?? []);
    for (const b of blocked) {
      const waiting = readyAt(b.start);
      if (waiting === 0) continue;
      out.push({ kind: 'loop-blocked', time: b.start, end: b.end, lane: lane.id, count: waiting });
      break;
    }
  }
  return out;
}

/** A task ready on a thread while another thread of its process runs Python: it waits for the GIL. */
function gilWait(trace: Trace, segs: Map<string, Segment[]>): Callout[] {
  const processOf = processLaneOf(trace.lanes);
  const threadsOf = new Map<string, Lane[]>();
  for (const lane of trace.lanes) {
    if (lane.kind !== 'thread') continue;
    const process = processOf(lane.id);
    const list = threadsOf.get(process);
    if (list === undefined) threadsOf.set(process, [lane]);
    else list.push(lane);
  }
  const out: Callout[] = [];
  for (const mine of threadsOf.values()) {
    const running = mine
      .flatMap((l) => segs.get(`running\u0000${l.id}`) ?? [])
      .sort((a, b) => a.start - b.start);
    const ready = mine.flatMap((l) => segs.get(`ready\u0000${l.id}`) ?? []).sort((a, b) => a.start - b.start);
    // Latest end among running[0..k]: the runs before `from` all end by the current ready span's start, and
    // ready spans come in start order, so `from` only moves forward (one GIL: runs barely overlap, few scanned).
    const reach = new Float64Array(running.length);
    running.forEach((run, k) => (reach[k] = Math.max(run.end, k > 0 ? reach[k - 1] : -Infinity)));
    let from = 0;
    let best: Callout | null = null;
    for (const r of ready) {
      if (best !== null && r.start >= best.time) break;
      while (from < running.length && reach[from] <= r.start) from++;
      for (let k = from; k < running.length; k++) {
        const run = running[k];
        if (run.start >= r.end) break;
        if (run.end <= r.start || run.lane === r.lane) continue;
        const time = Math.max(r.start, run.start);
        if (best === null || time < best.time)
          best = { kind: 'gil-wait', time, end: Math.min(r.end, run.end), lane: r.lane, count: 1 };
        break;
      }
    }
    if (best !== null) out.push(best);
  }
  return out;
}

/** Tasks queued after every process has started: the pool (or semaphore) is full. The first such instant. */
function saturated(trace: Trace, segs: Map<string, Segment[]>): Callout[] {
  let startupEnd = 0;
  for (const l of trace.lanes) startupEnd = Math.max(startupEnd, l.startup?.end ?? 0);
  const queued = [...segs.entries()]
    .filter(([k]) => k.startsWith('queued\u0000'))
    .flatMap(([, v]) => v)
    .sort((a, b) => a.start - b.start);
  let time = Infinity;
  let end = Infinity;
  for (const q of queued) {
    const t = Math.max(q.start, startupEnd);
    if (t < q.end && t < time) {
      time = t;
      end = q.end;
    }
  }
  if (!Number.isFinite(time)) return [];
  const n = countAt(queued, time);
  const semaphore = trace.scenario.strategy === 'asyncio-semaphore';
  return [{ kind: semaphore ? 'semaphore-full' : 'pool-saturated', time, end, lane: null, count: n }];
}

/**
 * asyncio-semaphore under a session whose connector allows fewer connections than the semaphore's k (aiohttp's
 * default TCPConnector(limit=100)): the first instant requests in flight reach that limit while tasks queue; the
 * connector, not the semaphore, caps requests in flight. `count` is the limit.
 */
function connectorCap(trace: Trace, segs: Map<string, Segment[]>): Callout[] {
  const { strategy, params } = trace.scenario;
  const limit = params.connectorLimit;
  if (strategy !== 'asyncio-semaphore' || limit <= 0 || limit >= params.concurrency) return [];
  const queued = [...segs.entries()]
    .filter(([k]) => k.startsWith('queued\u0000'))
    .flatMap(([, v]) => v)
    .sort((a, b) => a.start - b.start);
  const { series } = inFlightSeries(trace);
  for (let i = 0; i < series.length; i++) {
    if (series[i].value < limit || countAt(queued, series[i].t) === 0) continue;
    let j = i + 1;
    while (j < series.length && series[j].value >= limit) j++;
    const end = j < series.length ? series[j].t : series[series.length - 1].t;
    return [{ kind: 'connector-cap', time: series[i].t, end, lane: null, count: limit }];
  }
  return [];
}

function startup(trace: Trace): Callout[] {
  const spans = trace.lanes.flatMap((l) => (l.startup && l.startup.end > l.startup.start ? [l.startup] : []));
  if (spans.length === 0) return [];
  const time = spans.reduce((t, s) => Math.min(t, s.start), Infinity);
  const end = spans.reduce((t, s) => Math.max(t, s.end), -Infinity);
  return [{ kind: 'startup', time, end, lane: null, count: spans.length }];
}

/** At most this many callouts per kind, so the chart stays readable. */
const PER_KIND = 2;

/**
 * The moments worth pointing at in a run, derived from the trace: an event loop blocked by a blocking call while
 * tasks are ready, tasks waiting for the GIL, a saturated pool or full semaphore, process start-up. At most two
 * per kind, sorted by time. Pure, and computed once per trace (the playback bar and the Gantt both read it): the
 * list is shared, so callers must not change it.
 *
 * @example findCallouts(asyncBlockingTrace)[0] // { kind: 'loop-blocked', time: 0, end: 3003, lane: 'main/loop', count: 4 }
 */
export const findCallouts: (trace: Trace) => readonly Callout[] = perTrace(computeCallouts);

function computeCallouts(trace: Trace): Callout[] {
  const segs = byLaneAndState(trace);
  // When the connector caps requests in flight, saying "semaphore full" would name the wrong limit.
  const cap = connectorCap(trace, segs);
  const all = [
    ...loopBlocked(trace.lanes, segs).slice(0, PER_KIND),
    ...gilWait(trace, segs).slice(0, PER_KIND),
    ...(cap.length > 0 ? cap : saturated(trace, segs)),
    ...startup(trace),
  ];
  return all.sort((a, b) => a.time - b.time);
}
