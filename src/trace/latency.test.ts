import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribution, nearestRank, taskLatencies } from './latency';
import { lane, makeTrace, task } from './testing/build';
import { threadsTrace } from './testing/fixtures';

describe('nearestRank', () => {
  it('picks the smallest value with at least p% at or below it', () => {
    const v = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(nearestRank(v, 50)).toBe(50);
    expect(nearestRank(v, 95)).toBe(100);
    expect(nearestRank(v, 90)).toBe(90);
    expect(nearestRank(v, 0)).toBe(10);
    expect(nearestRank([7], 95)).toBe(7);
    expect(nearestRank([], 50)).toBe(0);
  });

  it('always returns one of the values, with at least p% at or below it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1 }), fc.integer({ min: 1, max: 100 }), (raw, p) => {
        const sorted = [...raw].sort((x, y) => x - y);
        const value = nearestRank(sorted, p);
        expect(sorted).toContain(value);
        expect(sorted.filter((x) => x <= value).length / sorted.length).toBeGreaterThanOrEqual(p / 100);
        expect(sorted.filter((x) => x < value).length / sorted.length).toBeLessThan(p / 100);
      }),
    );
  });
});

describe('distribution', () => {
  it('summarises values in any order', () => {
    expect(distribution([3, 1, 2, 10])).toEqual({ count: 4, mean: 4, p50: 2, p95: 10, max: 10 });
  });
  it('is all zeros for no values', () => {
    expect(distribution([])).toEqual({ count: 0, mean: 0, p50: 0, p95: 0, max: 0 });
  });
});

describe('taskLatencies', () => {
  it('measures whole life and service time of every finished task', () => {
    const r = taskLatencies(threadsTrace);
    expect(r.perTask).toEqual([
      { task: 'a', latency: 120, serviceTime: 120 },
      { task: 'b', latency: 60, serviceTime: 60 },
      { task: 'c', latency: 240, serviceTime: 120 },
    ]);
    expect(r.latency).toEqual({ count: 3, mean: 140, p50: 120, p95: 240, max: 240 });
    expect(r.serviceTime).toEqual({ count: 3, mean: 100, p50: 120, p95: 120, max: 120 });
  });

  it('measures from the first segment, not from t = 0, and gives 0 service to a task queued until it failed', () => {
    const trace = makeTrace({
      lanes: [lane('t0', 'thread')],
      tasks: [
        task('late', 't0', 50, [
          ['ready', 5],
          ['running', 5],
        ]),
        task('starved', 't0', 0, [['queued', 30]], 'failed'),
      ],
    });
    expect(taskLatencies(trace).perTask).toEqual([
      { task: 'late', latency: 10, serviceTime: 10 },
      { task: 'starved', latency: 30, serviceTime: 0 },
    ]);
  });

  it('leaves out tasks a cancelled run left unfinished', () => {
    const trace = makeTrace({
      lanes: [lane('t0', 'thread')],
      tasks: [task('a', 't0', 0, [['running', 5]]), task('b', 't0', 0, [['queued', 9]], null)],
      cancelled: true,
    });
    expect(taskLatencies(trace).perTask.map((t) => t.task)).toEqual(['a']);
  });
});
