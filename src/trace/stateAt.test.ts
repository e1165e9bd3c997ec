import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentAt, stateAt } from './stateAt';
import { arbTrace } from './testing/arbitraries';
import { lane, makeTrace, task } from './testing/build';
import { threadsTrace } from './testing/fixtures';
import { isTerminal } from './terminal';
import type { Segment, Task } from './types';

const states = (t: number): (string | null)[] => stateAt(threadsTrace, t).map((s) => s?.state ?? null);

describe('stateAt', () => {
  it('gives each task the segment active at t, half-open [start, end)', () => {
    expect(states(0)).toEqual(['running', 'running', 'queued']);
    expect(states(9.999)).toEqual(['running', 'running', 'queued']);
    expect(states(10)).toEqual(['blocked', 'blocked', 'queued']);
    expect(states(125)).toEqual(['done', 'failed', 'running']);
  });

  it('switches to the terminal state exactly at the end of the last working segment', () => {
    expect(states(59.999)[1]).toBe('blocked');
    expect(states(60)[1]).toBe('failed');
    expect(states(120)).toEqual(['done', 'failed', 'running']);
    expect(states(240)).toEqual(['done', 'failed', 'done']);
    expect(states(1e9)).toEqual(['done', 'failed', 'done']);
  });

  it('is null before a task begins', () => {
    const trace = makeTrace({
      lanes: [lane('t', 'thread')],
      tasks: [task('late', 't', 50, [['running', 5]])],
    });
    expect(stateAt(trace, 49.9)).toEqual([null]);
    expect(stateAt(trace, 50)[0]?.state).toBe('running');
    expect(states(-1)).toEqual([null, null, null]);
  });

  it('is null after the last segment of a task a cancelled run left unfinished', () => {
    const unfinished = task('a', 't', 0, [['blocked', 10]], null);
    expect(segmentAt(unfinished, 9)?.state).toBe('blocked');
    expect(segmentAt(unfinished, 10)).toBeNull();
  });

  it('returns the trace’s own segment objects', () => {
    expect(stateAt(threadsTrace, 10)[0]).toBe(threadsTrace.tasks[0].segments[1]);
  });

  it('agrees with a scan of every segment', () => {
    const scan = (task: Task, t: number): Segment | null =>
      task.segments.find((s) => (s.start <= t && t < s.end) || (isTerminal(s.state) && s.start <= t)) ?? null;
    fc.assert(
      fc.property(arbTrace, fc.integer({ min: -2, max: 250 }), fc.boolean(), (trace, whole, half) => {
        const t = whole + (half ? 0.5 : 0);
        expect(stateAt(trace, t)).toEqual(trace.tasks.map((task) => scan(task, t)));
      }),
    );
  });
});
