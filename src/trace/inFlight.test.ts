import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inFlightSeries } from './inFlight';
import { arbTrace } from './testing/arbitraries';
import { event, lane, makeTrace, task, points } from './testing/build';
import { threadsTrace } from './testing/fixtures';

describe('inFlightSeries', () => {
  it('counts requests from sent to answered, and an unanswered one until its task fails', () => {
    expect(inFlightSeries(threadsTrace)).toEqual({
      series: points([0, 0], [10, 2], [60, 1], [110, 0], [130, 1], [230, 0], [240, 0]),
      peak: 2,
    });
  });

  it('pairs several requests of one task in order and ignores stray answers and task-less events', () => {
    const trace = makeTrace({
      lanes: [lane('loop', 'event-loop')],
      tasks: [task('a', 'loop', 0, [['suspended', 100]])],
      events: [
        event('response-received', 0, 'loop', 'a'), // nothing open yet
        event('request-sent', 10, 'loop', 'a'),
        event('request-sent', 20, 'loop', 'a'),
        event('request-sent', 20, 'loop'),
        event('response-received', 30, 'loop', 'a'),
        event('response-received', 40, 'loop', 'a'),
      ],
    });
    expect(inFlightSeries(trace)).toEqual({
      series: points([0, 0], [10, 1], [20, 2], [30, 1], [40, 0], [100, 0]),
      peak: 2,
    });
  });

  it('is flat for a trace without requests', () => {
    const trace = makeTrace({ lanes: [lane('t', 'thread')], tasks: [task('a', 't', 0, [['running', 5]])] });
    expect(inFlightSeries(trace)).toEqual({
      series: points([0, 0], [5, 0]),
      peak: 0,
    });
  });

  it('never goes negative and returns to 0 by the end', () => {
    fc.assert(
      fc.property(arbTrace, (trace) => {
        const { series, peak } = inFlightSeries(trace);
        for (const p of series) expect(p.value).toBeGreaterThanOrEqual(0);
        expect(series[series.length - 1].value).toBe(0);
        expect(peak).toBeLessThanOrEqual(trace.events.filter((e) => e.kind === 'request-sent').length);
      }),
    );
  });
});
