import { executorWorkers } from './threadPool';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateScenario, STRATEGIES } from '../strategies';
import type { Params, StrategyId } from '../trace/scenario';
import { summarize } from '../trace/summary';
import { arbScenario } from './reference/scenarios';

// Lower bounds on the makespan that follow from the strategy alone (whole-ms scenarios, no jitter), so a
// simulator that lets work overlap where Python cannot (or skips work) fails them.

/** Bounds every strategy obeys: one task's request and CPU, and the CPU of all tasks spread over the cores. */
function anyStrategyBounds(p: Params): number[] {
  return [
    p.latencyMs + p.overheadMs + p.requestCpuMs + p.cpuMs,
    (p.tasks * (p.cpuMs + p.requestCpuMs)) / p.cores,
  ];
}

/** Bounds specific to a strategy: its limit on requests in flight, and where its CPU work runs. */
function strategyBounds(id: StrategyId, p: Params): number[] {
  const request = p.latencyMs + p.overheadMs;
  const n = p.tasks;
  const rounds = (k: number) => Math.ceil(n / k) * request;
  switch (id) {
    case 'sequential':
    case 'async-blocking':
      return [n * request, n * (request + p.cpuMs)];
    case 'asyncio-semaphore':
      // The semaphore and the session's connector both cap requests in flight.
      return [rounds(p.concurrency), p.connectorLimit > 0 ? rounds(p.connectorLimit) : 0, n * p.cpuMs];
    case 'asyncio-gather':
      return [p.connectorLimit > 0 ? rounds(p.connectorLimit) : request, n * p.cpuMs];
    case 'thread-pool':
      // Every thread waits on its own request, but the GIL lets one thread at a time run Python.
      return [rounds(p.workers), n * p.cpuMs];
    case 'run-in-executor':
      return [rounds(executorWorkers(p.workers, p.cores)), n * p.cpuMs];
    case 'process-pool':
      // The first worker is forked after startupMs; after that, CPU work runs on min(cores, workers) at once.
      return [
        rounds(p.workers),
        p.startupMs + request + p.cpuMs,
        (n * p.cpuMs) / Math.min(p.cores, p.workers),
      ];
    case 'aiomultiprocess':
      return [
        rounds(p.workers * p.concurrency),
        p.startupMs + request + p.cpuMs,
        (n * p.cpuMs) / Math.min(p.cores, p.workers),
      ];
    case 'task-lifecycle':
      return [request + 2 * p.cpuMs, 2 * n * p.cpuMs];
    case 'done-callbacks':
    case 'asyncio-wait':
      return [n * p.cpuMs];
    default: {
      const never: never = id;
      throw new Error(`no bounds for ${String(never)}`);
    }
  }
}

describe.each(STRATEGIES.map((s) => s.id))('%s makespan', (id) => {
  it('is at least every lower bound that follows from the strategy', () => {
    fc.assert(
      fc.property(arbScenario(id), ({ params, seed }) => {
        const trace = simulateScenario({ strategy: id, params, seed });
        const { makespanMs } = summarize(trace);
        for (const bound of [...anyStrategyBounds(params), ...strategyBounds(id, params)]) {
          expect(makespanMs).toBeGreaterThanOrEqual(bound - 1e-9);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('closed forms', () => {
  it('sequential and async-blocking take exactly N × (latency + overhead + request CPU + cpu)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<StrategyId>('sequential', 'async-blocking'),
        arbScenario('sequential'),
        (id, s) => {
          const { tasks, latencyMs, overheadMs, requestCpuMs, cpuMs } = s.params;
          const { makespanMs } = summarize(simulateScenario({ ...s, strategy: id }));
          expect(makespanMs).toBe(tasks * (latencyMs + overheadMs + requestCpuMs + cpuMs));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a CPU-free semaphore run takes exactly ceil(N / k) rounds', () => {
    fc.assert(
      fc.property(arbScenario('asyncio-semaphore'), (s) => {
        const { tasks, concurrency, latencyMs, overheadMs } = s.params;
        const params = { ...s.params, cpuMs: 0, requestCpuMs: 0, connectorLimit: 0 };
        const trace = simulateScenario({ ...s, params });
        expect(summarize(trace).makespanMs).toBe(Math.ceil(tasks / concurrency) * (latencyMs + overheadMs));
      }),
      { numRuns: 40 },
    );
  });
});
