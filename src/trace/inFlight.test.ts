import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inFlightSeries } from './inFlight';
import { arbTrace } from './testing/arbitraries';
import { event, lane, makeTrace, task } from './testing/build';
import { threadsTrace } from './testing/fixtures';

describe('inFlightSeries', () => {
  it('counts requests from sent to answered, and an unanswered one until its task fails', () => {
    expect(inFlightSeries(threadsTrace)).toEqual({
      series: [
        { t: 0, value: 0 },
        { t: 10, value: 2 },
        { t: 60, value: 1 },
        { t: 110, value: 0 },
        { t: 130, value: 1 },
        { t: 230, value: 0 },
        { t: 240, value: 0 },
      ],
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
      series: [
        { t: 0, value: 0 },
        { t: 10, value: 1 },
        { t: 20, value: 2 },
        { t: 30, value: 1 },
        { t: 40, value: 0 },
        { t: 100, value: 0 },
      ],
      peak: 2,
    });
  });

  it('is flat for a trace without requests', () => {
    const trace = makeTrace({ lanes: [lane('t', 'thread')], tasks: [task('a', 't', 0, [['running', 5]])] });
    expect(inFlightSeries(trace)).toEqual({
      series: [
        { t: 0, value: 0 },
        { t: 5, value: 0 },
      ],
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
