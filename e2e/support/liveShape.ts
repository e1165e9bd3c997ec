import { simulateScenario } from '../../src/strategies';
import { inFlightSeries } from '../../src/trace/inFlight';
import type { TaskState, Trace } from '../../src/trace/types';

/**
 * What a trace draws, without its timings (machine timing is noisy: figures belong in bench/live.ts): its lanes
 * and tasks, how each task waits for its request, and how many requests each task sends.
 */
export interface TraceShape {
  /** `id kind in parent`, in trace order. */
  readonly lanes: readonly string[];
  /** `id "label" on lane`, in trace order. */
  readonly tasks: readonly string[];
  /** The waiting states the trace uses: `suspended` (awaits, thread free) and/or `blocked` (thread held). */
  readonly waits: readonly TaskState[];
  readonly requestsPerTask: readonly number[];
}

export function traceShape(trace: Trace): TraceShape {
  const sent = new Map<string, number>();
  for (const e of trace.events)
    if (e.kind === 'request-sent' && e.task !== undefined) sent.set(e.task, (sent.get(e.task) ?? 0) + 1);
  const used = new Set(trace.tasks.flatMap((t) => t.segments.map((s) => s.state)));
  return {
    lanes: trace.lanes.map((l) => `${l.id} ${l.kind} in ${l.parent ?? '-'}`),
    tasks: trace.tasks.map((t) => `${t.id} "${t.label}" on ${t.lane}`),
    waits: (['blocked', 'suspended'] as const).filter((s) => used.has(s)),
    requestsPerTask: trace.tasks.map((t) => sent.get(t.id) ?? 0),
  };
}

/** The most requests in flight at once. */
export function peakInFlight(trace: Trace): number {
  return inFlightSeries(trace).peak;
}

/**
 * The most requests the strategy lets be in flight at once (its pool, semaphore or task count): the simulated
 * peak of the same scenario with a latency long enough that every slot fills whatever the other costs.
 */
export function concurrencyLimit(trace: Trace): number {
  const { scenario } = trace;
  return peakInFlight(simulateScenario({ ...scenario, params: { ...scenario.params, latencyMs: 60_000 } }));
}
