import { describe, expect, it } from 'vitest';
import { parseTrace } from './schema';
import { stateAt } from './stateAt';
import { defaultScenario, simulateScenario } from '../strategies';
import { summarize } from './summary';
import { event, lane, makeTrace, task } from './testing/build';
import { threadsTrace } from './testing/fixtures';
import type { Task, TraceEvent } from './types';

describe('summarize', () => {
  it('gathers the headline figures of a run', () => {
    const s = summarize(threadsTrace);
    expect(s).toEqual({
      makespanMs: 240,
      throughputPerS: expect.closeTo(2 / 0.24, 9),
      tasks: 3,
      failed: 1,
      // b's request is never answered: two response times, a's and c's.
      responseTime: { mean: 100, p50: 100, p95: 100, max: 100 },
      completion: { mean: 140, p50: 120, p95: 240, max: 240 },
      peakInFlight: 2,
      peakBusyLanes: 2,
      utilisation: 0.625,
    });
  });

  it('is all zeros for a trace without tasks', () => {
    const s = summarize(makeTrace({ lanes: [lane('p0', 'process')], tasks: [] }));
    expect(s).toEqual({
      makespanMs: 0,
      throughputPerS: 0,
      tasks: 0,
      failed: 0,
      responseTime: { mean: 0, p50: 0, p95: 0, max: 0 },
      completion: { mean: 0, p50: 0, p95: 0, max: 0 },
      peakInFlight: 0,
      peakBusyLanes: 0,
      utilisation: 0,
    });
  });
});

describe('what the summary calls a request, and how long one takes', () => {
  it('five sequential 3 s requests: each answers in 3 s, though the last is done 15 s after the start', () => {
    const sc = defaultScenario('sequential');
    const s = summarize(
      simulateScenario({
        ...sc,
        params: { ...sc.params, tasks: 5, overheadMs: 0, requestCpuMs: 0, jitterMs: 0 },
      }),
    );
    expect(s.responseTime).toEqual({ mean: 3000, p50: 3000, p95: 3000, max: 3000 });
    expect(s.completion.mean).toBe(9000);
    expect(s.completion.max).toBe(15000);
  });

  it('main() awaiting asyncio.wait is not a request: not counted in tasks, throughput or completion', () => {
    const trace = simulateScenario(defaultScenario('asyncio-wait'));
    const main = trace.tasks.filter((t) => t.role === 'main');
    expect(main.map((t) => t.label)).toEqual(['main()']);
    const s = summarize(trace);
    expect(s.tasks).toBe(trace.scenario.params.tasks);
    expect(s.throughputPerS).toBeCloseTo(trace.scenario.params.tasks / (s.makespanMs / 1000), 9);
    // main() finishes last; the slowest request finishes before it.
    expect(s.completion.max).toBeLessThanOrEqual(s.makespanMs);
  });
});

describe('a 100,000-task trace', () => {
  // 100 threads each run 1,000 tasks back to back: run 1 ms, block on I/O 100 ms, run 1 ms.
  // Written so that anything quadratic would not finish within the test timeout; no time is asserted.
  const THREADS = 100;
  const PER_THREAD = 1000;
  const lanes = [
    lane('p0', 'process'),
    ...Array.from({ length: THREADS }, (_, i) => lane(`t${i}`, 'thread', 'p0')),
  ];
  const tasks: Task[] = [];
  const events: TraceEvent[] = [];
  for (let i = 0; i < THREADS * PER_THREAD; i++) {
    const thread = `t${i % THREADS}`;
    const start = Math.floor(i / THREADS) * 102;
    const steps = [
      ['running', 1],
      ['blocked', 100],
      ['running', 1],
    ] as const;
    tasks.push(task(`task${i}`, thread, 0, start > 0 ? [['queued', start], ...steps] : steps));
    events.push(
      event('request-sent', start + 1, thread, `task${i}`),
      event('response-received', start + 101, thread, `task${i}`),
    );
  }
  const big = makeTrace({ lanes, tasks, events });

  it('summarizes with the expected figures', () => {
    const s = summarize(big);
    expect(s.makespanMs).toBe(PER_THREAD * 102);
    expect(s.tasks).toBe(100_000);
    expect(s.peakInFlight).toBe(THREADS);
    expect(s.peakBusyLanes).toBe(THREADS);
    expect(s.utilisation).toBe(1);
    expect(s.completion.max).toBe(PER_THREAD * 102);
    expect(s.completion.p50).toBe(500 * 102);
  });

  it('parses and answers stateAt', () => {
    expect(parseTrace(big).ok).toBe(true);
    expect(stateAt(big, 102 * 10 + 50).filter((seg) => seg?.state === 'blocked').length).toBe(THREADS);
  });
});
