import { describe, expect, it } from 'vitest';
import { laneRows } from './rows';
import { parseTrace } from './schema';
import { stateAt } from './stateAt';
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
      latency: { mean: 140, p50: 120, p95: 240, max: 240 },
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
      latency: { mean: 0, p50: 0, p95: 0, max: 0 },
      peakInFlight: 0,
      peakBusyLanes: 0,
      utilisation: 0,
    });
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
    expect(s.latency.max).toBe(PER_THREAD * 102);
    expect(s.latency.p50).toBe(500 * 102);
  });

  it('parses, lays out and answers stateAt', () => {
    expect(parseTrace(big).ok).toBe(true);
    const rows = laneRows(big);
    expect(rows[1].segments.length).toBe(PER_THREAD * 5 - 1); // the first task on a thread is never queued
    expect(stateAt(big, 102 * 10 + 50).filter((seg) => seg?.state === 'blocked').length).toBe(THREADS);
  });
});
