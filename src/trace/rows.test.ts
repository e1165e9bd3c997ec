import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laneRows } from './rows';
import { arbTrace } from './testing/arbitraries';
import { threadsTrace } from './testing/fixtures';

describe('laneRows', () => {
  it('lists lanes parents first with depth, and the segments on each sorted by start', () => {
    const rows = laneRows(threadsTrace);
    expect(rows.map((r) => [r.lane.id, r.depth])).toEqual([
      ['p0', 0],
      ['t0', 1],
      ['t1', 1],
    ]);
    expect(rows[0].segments).toEqual([]);
    expect(rows[1].segments.map((s) => `${s.task}:${s.state}@${s.start}`)).toEqual([
      'a:running@0',
      'c:queued@0',
      'a:blocked@10',
      'a:running@110',
      'a:done@120',
      'c:running@120',
      'c:blocked@130',
      'c:running@230',
      'c:done@240',
    ]);
    expect(rows[2].segments[1]).toEqual({ task: 'b', state: 'blocked', start: 10, end: 60, lane: 't1' });
  });

  it('places every segment exactly once, on its own lane, in start order', () => {
    fc.assert(
      fc.property(arbTrace, (trace) => {
        const rows = laneRows(trace);
        const placed = rows.flatMap((r) => r.segments);
        expect(placed.length).toBe(trace.tasks.reduce((n, t) => n + t.segments.length, 0));
        for (const row of rows) {
          row.segments.forEach((s, i) => {
            expect(s.lane).toBe(row.lane.id);
            if (i > 0) expect(s.start).toBeGreaterThanOrEqual(row.segments[i - 1].start);
          });
        }
      }),
    );
  });
});
