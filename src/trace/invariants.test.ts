import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTraceInvariants } from './invariants';
import { arbTrace } from './testing/arbitraries';
import { event, lane, makeTrace, task } from './testing/build';
import type { Segment, Trace, TraceEvent } from './types';

const lanes = [lane('p0', 'process'), lane('t0', 'thread', 'p0')];

function withSegments(segments: Segment[], cancelled?: boolean): Trace {
  return makeTrace({ lanes, tasks: [{ id: 'a', label: 'a', lane: 't0', segments }], cancelled });
}
const seg = (state: Segment['state'], start: number, end: number): Segment => ({
  state,
  start,
  end,
  lane: 't0',
});

describe('checkTraceInvariants', () => {
  it('accepts a well-formed trace', () => {
    const trace = makeTrace({
      lanes,
      tasks: [
        task('a', 't0', 0, [
          ['queued', 3],
          ['running', 2],
        ]),
        task('b', 't0', 5, [['running', 1]], 'failed'),
      ],
      events: [event('request-sent', 3, 't0', 'a'), event('process-exit', 6, 'p0')],
    });
    expect(checkTraceInvariants(trace)).toEqual([]);
  });

  it('tolerates boundaries that differ by less than 1e-6 ms', () => {
    const trace = withSegments([seg('running', 0, 0.1 + 0.2), seg('done', 0.3, 0.3)]);
    expect(checkTraceInvariants(trace)).toEqual([]);
  });

  it('finds gaps and overlaps between segments', () => {
    const trace = withSegments([
      seg('running', 0, 5),
      seg('suspended', 6, 8),
      seg('running', 7, 9),
      seg('done', 9, 9),
    ]);
    expect(checkTraceInvariants(trace)).toEqual([
      'tasks[0].segments[1].start: 6 does not continue segments[0].end 5',
      'tasks[0].segments[2].start: 7 does not continue segments[1].end 8',
    ]);
  });

  it('finds a segment that ends before it starts', () => {
    expect(checkTraceInvariants(withSegments([seg('running', 5, 4), seg('done', 4, 4)]))).toEqual([
      'tasks[0].segments[0]: start 5 is after end 4',
    ]);
  });

  it('finds a zero-length working segment', () => {
    expect(
      checkTraceInvariants(withSegments([seg('ready', 0, 0), seg('running', 0, 2), seg('done', 2, 2)])),
    ).toEqual(['tasks[0].segments[0]: zero-length "ready" segment; only the final done/failed one may be']);
  });

  it('requires a zero-length done or failed segment last, and only last', () => {
    expect(checkTraceInvariants(withSegments([seg('running', 0, 2)]))).toEqual([
      'tasks[0].segments[0]: the last segment must be done or failed, got "running"',
    ]);
    expect(checkTraceInvariants(withSegments([seg('running', 0, 2), seg('done', 2, 3)]))).toEqual([
      'tasks[0].segments[1]: the final "done" segment must be zero-length, got 2..3',
    ]);
    expect(
      checkTraceInvariants(withSegments([seg('done', 0, 0), seg('running', 0, 2), seg('failed', 2, 2)])),
    ).toEqual(['tasks[0].segments[0]: "done" before the end; only the last segment may be done or failed']);
    expect(checkTraceInvariants(withSegments([]))).toEqual([
      'tasks[0].segments: empty; a task ends with a done or failed segment',
    ]);
  });

  it('lets a cancelled run leave tasks unfinished', () => {
    expect(checkTraceInvariants(withSegments([seg('running', 0, 2)], true))).toEqual([]);
    expect(checkTraceInvariants(withSegments([], true))).toEqual([]);
  });

  it('requires events sorted by time', () => {
    const trace = {
      ...makeTrace({ lanes, tasks: [] }),
      events: [event('callback', 5, 't0'), event('callback', 4, 't0')],
    };
    expect(checkTraceInvariants(trace)).toEqual([
      'events[1].time: 4 comes before events[0].time 5; events must be sorted by time',
    ]);
  });

  it('lets only a callback run for a while, ending at or after it starts', () => {
    const trace = (events: TraceEvent[]) => ({ ...makeTrace({ lanes, tasks: [] }), events });
    expect(checkTraceInvariants(trace([{ ...event('callback', 4, 't0'), end: 9 }]))).toEqual([]);
    expect(checkTraceInvariants(trace([{ ...event('callback', 4, 't0'), end: 3 }]))).toEqual([
      'events[0].end: 3 is before its time 4',
    ]);
    expect(checkTraceInvariants(trace([{ ...event('resume', 4, 't0'), end: 9 }]))).toEqual([
      'events[0].end: only a callback runs for a while; a resume event is a point in time',
    ]);
  });

  it('requires a lane start-up to end after it starts', () => {
    const trace = makeTrace({
      lanes: [{ ...lane('p0', 'process'), startup: { start: 3, end: 1 } }],
      tasks: [],
    });
    expect(checkTraceInvariants(trace)).toEqual(['lanes[0].startup: start 3 is after end 1']);
  });

  it('accepts every generated trace', () => {
    fc.assert(
      fc.property(arbTrace, (trace) => {
        expect(checkTraceInvariants(trace)).toEqual([]);
      }),
    );
  });
});
