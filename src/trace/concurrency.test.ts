import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxConcurrent, runningPerLane, runningPerProcess } from './concurrency';
import { arbTrace } from './testing/arbitraries';
import { lane, makeTrace, task } from './testing/build';
import type { Segment, Trace } from './types';

const lanes = [
  lane('p0', 'process'),
  lane('loop', 'event-loop', 'p0'),
  lane('t1', 'thread', 'loop'),
  lane('p1', 'process'),
  lane('p1.t0', 'thread', 'p1'),
];

describe('maxConcurrent', () => {
  it('counts overlapping segments, not back-to-back or zero-length ones', () => {
    const trace = makeTrace({
      lanes,
      tasks: [
        task('a', 'loop', 0, [['suspended', 10]]),
        task('b', 'loop', 10, [['suspended', 10]]), // starts as a ends
        task('c', 'loop', 5, [['suspended', 10]]), // overlaps both, one at a time
        task('d', 'loop', 0, [['running', 6]]), // with a and c at t = 5
      ],
    });
    expect(maxConcurrent(trace, (s) => s.state === 'suspended')).toBe(2);
    expect(maxConcurrent(trace, (s) => s.state === 'done')).toBe(0);
    expect(maxConcurrent(trace, (s) => s.state !== 'done')).toBe(3);
    expect(maxConcurrent(trace, (_s, t) => t.id === 'a')).toBe(1);
  });

  it('agrees with counting at every segment start', () => {
    const isWaiting = (s: Segment): boolean => s.state === 'suspended' || s.state === 'blocked';
    const brute = (trace: Trace): number => {
      const segs = trace.tasks.flatMap((t) => t.segments).filter(isWaiting);
      return Math.max(
        0,
        ...segs.map((at) => segs.filter((s) => s.start <= at.start && at.start < s.end).length),
      );
    };
    fc.assert(
      fc.property(arbTrace, (trace) => {
        expect(maxConcurrent(trace, isWaiting)).toBe(brute(trace));
      }),
    );
  });
});

describe('runningPerLane / runningPerProcess', () => {
  const trace = makeTrace({
    lanes,
    tasks: [
      task('a', 'loop', 0, [['running', 10]]),
      task('b', 't1', 5, [['running', 10]]),
      task('c', 't1', 15, [['running', 10]]),
      task('d', 'p1.t0', 0, [['blocked', 10]]),
    ],
  });

  it('reports the most tasks running at once on each lane, 0 for idle lanes', () => {
    expect(runningPerLane(trace)).toEqual({ p0: 0, loop: 1, t1: 1, p1: 0, 'p1.t0': 0 });
  });

  it('resolves nested lanes to the process they run in', () => {
    expect(runningPerProcess(trace)).toEqual({ p0: 2, p1: 0 });
  });
});

describe('runningPerProcess in a process pool', () => {
  it('counts each pool process on its own, not under the main process that spawned it', () => {
    const trace = makeTrace({
      lanes: [
        lane('main', 'process'),
        lane('worker-1', 'process', 'main'),
        lane('worker-2', 'process', 'main'),
      ],
      tasks: [task('a', 'worker-1', 0, [['running', 10]]), task('b', 'worker-2', 0, [['running', 10]])],
    });
    expect(runningPerProcess(trace)).toEqual({ main: 0, 'worker-1': 1, 'worker-2': 1 });
  });
});
