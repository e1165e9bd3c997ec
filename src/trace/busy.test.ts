import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { busyLanesSeries, laneUtilisation } from './busy';
import { makespan } from './makespan';
import { arbTrace } from './testing/arbitraries';
import { lane, makeTrace, task, points } from './testing/build';
import { threadsTrace } from './testing/fixtures';

describe('laneUtilisation', () => {
  it('is the busy fraction of the makespan per lane, and the mean over threads', () => {
    expect(laneUtilisation(threadsTrace)).toEqual({ perLane: { p0: 0, t0: 1, t1: 0.25 }, overall: 0.625 });
  });

  it('counts overlapping tasks on a lane once, and suspended or queued time not at all', () => {
    const trace = makeTrace({
      lanes: [lane('loop', 'event-loop')],
      tasks: [
        task('a', 'loop', 0, [
          ['running', 50],
          ['suspended', 50],
        ]),
        task('b', 'loop', 0, [['blocked', 25]]),
        task('c', 'loop', 0, [['queued', 100]]),
      ],
    });
    expect(laneUtilisation(trace).perLane).toEqual({ loop: 0.5 });
  });

  it('averages leaf lanes when there are no threads or loops', () => {
    const trace = makeTrace({
      lanes: [lane('w0', 'worker'), lane('w1', 'worker')],
      tasks: [
        task('a', 'w0', 0, [['running', 10]]),
        task('b', 'w1', 0, [
          ['queued', 5],
          ['running', 5],
        ]),
      ],
    });
    expect(laneUtilisation(trace).overall).toBe(0.75);
  });

  it('is 0 for an empty trace', () => {
    expect(laneUtilisation(makeTrace({ lanes: [lane('t', 'thread')], tasks: [] }))).toEqual({
      perLane: { t: 0 },
      overall: 0,
    });
  });

  it('stays within [0, 1]', () => {
    fc.assert(
      fc.property(arbTrace, (trace) => {
        const { perLane, overall } = laneUtilisation(trace);
        for (const f of [...Object.values(perLane), overall]) {
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

describe('busyLanesSeries', () => {
  it('counts lanes with a running or blocked task', () => {
    expect(busyLanesSeries(threadsTrace)).toEqual({
      series: points([0, 2], [60, 1], [240, 0]),
      peak: 2,
    });
  });

  it('never goes negative, never exceeds the lane count, and ends at the makespan', () => {
    fc.assert(
      fc.property(arbTrace, (trace) => {
        const { series, peak } = busyLanesSeries(trace);
        for (const p of series) {
          expect(p.value).toBeGreaterThanOrEqual(0);
          expect(p.value).toBeLessThanOrEqual(trace.lanes.length);
        }
        expect(peak).toBeLessThanOrEqual(trace.lanes.length);
        expect(series[series.length - 1]).toEqual({ t: makespan(trace), value: 0 });
      }),
    );
  });
});
