import { describe, expect, it } from 'vitest';
import { doneCount, failedCount, makespan, throughput } from './makespan';
import { lane, makeTrace, task } from './testing/build';
import { threadsTrace } from './testing/fixtures';

describe('makespan and throughput', () => {
  it('measures from t = 0 to the last finish', () => {
    expect(makespan(threadsTrace)).toBe(240);
  });

  it('counts done tasks per second of makespan, leaving failures out', () => {
    expect(doneCount(threadsTrace)).toBe(2);
    expect(failedCount(threadsTrace)).toBe(1);
    expect(throughput(threadsTrace)).toBeCloseTo(2 / 0.24, 9);
  });

  it('is 0 for a trace without tasks', () => {
    const empty = makeTrace({ lanes: [lane('p0', 'process')], tasks: [] });
    expect(makespan(empty)).toBe(0);
    expect(throughput(empty)).toBe(0);
  });

  it('counts an unfinished task of a cancelled run up to its last segment', () => {
    const trace = makeTrace({
      lanes: [lane('t0', 'thread')],
      tasks: [task('a', 't0', 0, [['running', 5]]), task('b', 't0', 5, [['blocked', 30]], null)],
      cancelled: true,
    });
    expect(makespan(trace)).toBe(35);
    expect(throughput(trace)).toBeCloseTo(1 / 0.035, 9);
  });
});
