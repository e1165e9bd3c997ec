import { executorWorkers } from './threadPool';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE_PARAMS, simulateScenario, STRATEGIES } from '../strategies';
import type { Params, Scenario, StrategyId } from '../trace/scenario';
import { maxConcurrent, runningPerProcess } from '../trace/concurrency';
import { checkTraceInvariants } from '../trace/invariants';
import { summarize } from '../trace/summary';
import type { Trace } from '../trace/types';
import { arbJitteredParams, arbScenario, arbWholeParams } from './reference/scenarios';

// Rules every simulated trace obeys, whatever the strategy and parameters (small random scenarios).

const RUNS = 40;
const arbParams = fc.oneof(arbWholeParams, arbJitteredParams);

/** Lanes that run one task at a time: threads, event loops, and processes without thread lanes of their own. */
function singleThreadedLanes(trace: Trace): string[] {
  const threaded = new Set(trace.lanes.filter((l) => l.kind !== 'process').map((l) => l.parent));
  return trace.lanes.filter((l) => l.kind !== 'process' || !threaded.has(l.id)).map((l) => l.id);
}

/**
 * Whether what holds `lane` (running or blocked tasks, and timed done-callbacks, which run on the loop's
 * thread like a coroutine) ever overlaps: two of them at once on one thread is impossible.
 */
function overlapsOnLane(trace: Trace, lane: string): boolean {
  const spans: [number, number][] = [];
  for (const t of trace.tasks)
    for (const s of t.segments)
      if (s.lane === lane && (s.state === 'running' || s.state === 'blocked')) spans.push([s.start, s.end]);
  for (const e of trace.events) if (e.lane === lane && e.end !== undefined) spans.push([e.time, e.end]);
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return spans.some(([start], i) => i > 0 && start < spans[i - 1][1] - 1e-9);
}

/** The most requests in flight at once, counted from request-sent / response-received events. */
function peakInFlight(trace: Trace): number {
  // At one instant, answers come in before new requests go out (a freed slot is reused at once).
  const rank = (kind: string) => (kind === 'response-received' ? 0 : 1);
  const events = trace.events
    .filter((e) => e.kind === 'request-sent' || e.kind === 'response-received')
    .sort((a, b) => a.time - b.time || rank(a.kind) - rank(b.kind));
  let inFlight = 0;
  let peak = 0;
  for (const e of events) {
    inFlight += e.kind === 'request-sent' ? 1 : -1;
    peak = Math.max(peak, inFlight);
  }
  return peak;
}

/**
 * How many requests a strategy can have in flight at once; without request CPU the asyncio limits are reached
 * at t = 0 (with it, the loop sends one request at a time and early answers may come back first).
 */
function capacity(id: StrategyId, p: Params): { readonly max: number; readonly reached: boolean } {
  const instant = p.requestCpuMs === 0;
  const connections = p.connectorLimit > 0 ? p.connectorLimit : p.tasks;
  switch (id) {
    case 'sequential':
    case 'async-blocking':
      return { max: 1, reached: true };
    case 'asyncio-gather':
      return { max: Math.min(connections, p.tasks), reached: instant };
    case 'asyncio-semaphore':
      return { max: Math.min(p.concurrency, connections, p.tasks), reached: instant };
    case 'run-in-executor':
      return { max: executorWorkers(p.workers, p.cores), reached: false };
    case 'thread-pool':
    case 'process-pool':
      return { max: p.workers, reached: false };
    case 'aiomultiprocess':
      return { max: p.workers * p.concurrency, reached: false };
    default:
      return { max: p.tasks, reached: false };
  }
}

/** Tasks and events only: the scenario (and so its seed) is left out, so seeds are compared by their effect. */
const timeline = (t: Trace) => ({ tasks: t.tasks, events: t.events });

describe.each(STRATEGIES.map((s) => s.id))('%s on random scenarios', (id) => {
  it('passes checkTraceInvariants and finishes every task', () => {
    fc.assert(
      fc.property(arbScenario(id, arbParams), (scenario) => {
        const trace = simulateScenario(scenario);
        expect(checkTraceInvariants(trace)).toEqual([]);
        expect(trace.tasks.length).toBe(scenario.params.tasks + (id === 'asyncio-wait' ? 1 : 0));
        for (const task of trace.tasks) expect(task.segments.at(-1)?.state).toBe('done');
      }),
      { numRuns: RUNS },
    );
  });

  it('runs one task at a time per thread, one per process (GIL), and no more than the cores', () => {
    fc.assert(
      fc.property(arbScenario(id, arbParams), (scenario) => {
        const trace = simulateScenario(scenario);
        for (const lane of singleThreadedLanes(trace)) {
          const busy = maxConcurrent(
            trace,
            (s) => s.lane === lane && (s.state === 'running' || s.state === 'blocked'),
          );
          expect(busy, `lane ${lane}`).toBeLessThanOrEqual(1);
          expect(overlapsOnLane(trace, lane), `lane ${lane}: a callback and a task at once`).toBe(false);
        }
        for (const [proc, peak] of Object.entries(runningPerProcess(trace))) {
          expect(peak, `process ${proc}`).toBeLessThanOrEqual(1);
        }
        expect(maxConcurrent(trace, (s) => s.state === 'running')).toBeLessThanOrEqual(scenario.params.cores);
      }),
      { numRuns: RUNS },
    );
  });

  it('never has more requests in flight than the strategy allows', () => {
    fc.assert(
      fc.property(arbScenario(id, arbParams), (scenario) => {
        const { max, reached } = capacity(id, scenario.params);
        const trace = simulateScenario(scenario);
        const peak = peakInFlight(trace);
        expect(peak).toBeLessThanOrEqual(max);
        expect(summarize(trace).peakInFlight).toBe(peak);
        if (reached) expect(peak).toBe(max);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same trace for the same scenario and seed, and another for another seed with jitter', () => {
    const arbPair = fc.tuple(arbScenario(id, arbJitteredParams), fc.integer({ min: 0, max: 0xffffffff }));
    fc.assert(
      fc.property(arbPair, ([scenario, otherSeed]) => {
        fc.pre(otherSeed !== scenario.seed);
        const trace = simulateScenario(scenario);
        expect(simulateScenario(structuredClone(scenario))).toEqual(trace);
        const other: Scenario = { ...scenario, seed: otherSeed };
        expect(timeline(simulateScenario(other))).not.toEqual(timeline(trace));
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

describe('seeds', () => {
  it('0 and 0x9e3779b9 give different runs (seed 0 used to be replaced by its twin)', () => {
    const sc = (seed: number): Scenario => ({
      strategy: 'asyncio-gather',
      params: { ...BASE_PARAMS, jitterMs: 500 },
      seed,
    });
    expect(timeline(simulateScenario(sc(0)))).not.toEqual(timeline(simulateScenario(sc(0x9e3779b9))));
  });
});
