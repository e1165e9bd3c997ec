import type { Scenario, StrategyId } from '../trace/scenario';
import type { Trace } from '../trace/types';
import type { LogEntry } from './types';

/** Why a recording is not drawn beside a simulation (worded per language by the view). */
export type ShapeMiss =
  'no-requests' | 'several-requests' | 'latencies-differ' | 'failures' | 'mixed-blocking' | 'too-many';

export type ShapeMatch =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly reason: ShapeMiss };

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Which catalogue scenario a recording has the shape of: N requests of one latency, made one after another by
 * the main thread (sequential), by tasks that block the loop (async-blocking), or by tasks that await them
 * (asyncio-gather; with at most k in flight and the others queued: the connector limit, or a semaphore's k
 * when the learner started from asyncio-semaphore). CPU per task is the median the recording measured.
 *
 * `nominal`: the endpoint's delay of each request (`nominalLatencies`), else the recorded send → response.
 *
 * @example matchShape(recording, current, nominalLatencies(log)) // { ok: true, scenario: { strategy: 'asyncio-gather', params: { tasks: 5, … } } }
 */
export function matchShape(
  trace: Trace,
  base: Scenario,
  nominal: readonly number[] | null = null,
  maxTasks = 10_000,
): ShapeMatch {
  const sent = new Map<string, number>();
  const measured: number[] = [];
  const perTask = new Map<string, number>();
  for (const e of trace.events) {
    if (!e.task) continue;
    if (e.kind === 'request-sent') {
      sent.set(e.task, e.time);
      perTask.set(e.task, (perTask.get(e.task) ?? 0) + 1);
    } else if (e.kind === 'response-received') measured.push(e.time - (sent.get(e.task) ?? e.time));
  }
  // The endpoint's delays when known: a response the loop was too busy to take on time arrives late in the
  // recording, but the request's latency is what the scenario's is.
  const latencies = nominal && nominal.length > 0 ? nominal : measured;
  if (latencies.length === 0) return { ok: false, reason: 'no-requests' };
  if (Math.max(...latencies) - Math.min(...latencies) > 1) return { ok: false, reason: 'latencies-differ' };
  if (trace.tasks.some((t) => t.segments[t.segments.length - 1]?.state === 'failed'))
    return { ok: false, reason: 'failures' };
  const requesters = trace.tasks.filter((t) => perTask.has(t.id));
  const states = (id: string) => new Set(trace.tasks.find((t) => t.id === id)?.segments.map((s) => s.state));
  let strategy: StrategyId;
  let tasks = requesters.length;
  if (requesters.length === 1 && requesters[0].lane === 'main') {
    strategy = 'sequential';
    tasks = perTask.get(requesters[0].id) ?? 0;
  } else {
    if (requesters.some((t) => (perTask.get(t.id) ?? 0) > 1))
      return { ok: false, reason: 'several-requests' };
    const blocking = requesters.filter((t) => states(t.id).has('blocked')).length;
    if (blocking > 0 && blocking < requesters.length) return { ok: false, reason: 'mixed-blocking' };
    strategy = blocking > 0 ? 'async-blocking' : 'asyncio-gather';
  }
  if (tasks > maxTasks) return { ok: false, reason: 'too-many' };
  const queued = requesters.some((t) => states(t.id).has('queued'));
  const peak = queued ? peakInFlight(trace) : 0;
  if (strategy === 'asyncio-gather' && queued && base.strategy === 'asyncio-semaphore')
    strategy = 'asyncio-semaphore';
  const cpu = requesters.map((t) =>
    t.segments.filter((s) => s.state === 'running').reduce((sum, s) => sum + s.end - s.start, 0),
  );
  const cpuMs = strategy === 'sequential' ? 0 : Math.round(median(cpu));
  const params = {
    ...base.params,
    tasks,
    latencyMs: Math.round(median(latencies)),
    jitterMs: 0,
    overheadMs: 0,
    cpuMs,
    connectorLimit:
      strategy === 'asyncio-gather' ? gatherLimit(queued, peak, tasks, base) : base.params.connectorLimit,
    concurrency: strategy === 'asyncio-semaphore' ? peak : base.params.concurrency,
  };
  return { ok: true, scenario: { strategy, params, seed: base.seed } };
}

/**
 * The connection limit of a gather: the peak in flight when tasks queued for a connection; when none did, the
 * scenario's own limit if it lets every request through at once (the program's LIMIT, drawn as it was
 * written), else none (0).
 */
function gatherLimit(queued: boolean, peak: number, tasks: number, base: Scenario): number {
  if (queued) return peak;
  const limit = base.params.connectorLimit;
  return limit === 0 || limit >= tasks ? limit : 0;
}

function peakInFlight(trace: Trace): number {
  let now = 0;
  let peak = 0;
  for (const e of trace.events) {
    if (e.kind === 'request-sent') peak = Math.max(peak, ++now);
    else if (e.kind === 'response-received') now--;
  }
  return peak;
}

/** The endpoint's delay of each answered request, from the recorder's log ('send' entries carry it). */
export function nominalLatencies(log: readonly LogEntry[]): number[] {
  return log.filter((e) => e[0] === 'send' && typeof e[4] === 'number').map((e) => e[4] as number);
}
