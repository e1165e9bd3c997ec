import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { points } from './testing/build';
import { closeSeries, stepSweep, totalLength, unionIntervals, type Interval } from './sweep';

describe('stepSweep', () => {
  it('steps up and down and reports the peak', () => {
    expect(stepSweep([0, 2], [3, 5])).toEqual({
      series: points([0, 1], [2, 2], [3, 1], [5, 0]),
      peak: 2,
    });
  });

  it('applies every change at one instant together (half-open intervals)', () => {
    // [0,4) then [4,8): never two at once; [6,6) is empty.
    expect(stepSweep([0, 4, 6], [4, 8, 6])).toEqual({
      series: points([0, 1], [8, 0]),
      peak: 1,
    });
  });

  it('starts at t = 0 with value 0 when nothing happens at 0', () => {
    expect(stepSweep([3], [7]).series[0]).toEqual({ t: 0, value: 0 });
    expect(stepSweep([], [])).toEqual({ series: points([0, 0]), peak: 0 });
  });

  it('never goes negative and matches a brute-force count, for any set of intervals', () => {
    const intervals = fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20 })));
    fc.assert(
      fc.property(intervals, (raw) => {
        const { series, peak } = stepSweep(
          raw.map(([s]) => s),
          raw.map(([s, len]) => s + len),
        );
        const at = (t: number): number => raw.filter(([s, len]) => s <= t && t < s + len).length;
        for (const point of series) {
          expect(point.value).toBeGreaterThanOrEqual(0);
          expect(point.value).toBe(at(point.t));
        }
        expect(peak).toBe(Math.max(0, ...raw.map(([s]) => at(s))));
      }),
    );
  });
});

describe('closeSeries', () => {
  it('adds a point at the end holding the last value', () => {
    expect(closeSeries([{ t: 0, value: 2 }], 10)).toEqual([
      { t: 0, value: 2 },
      { t: 10, value: 2 },
    ]);
  });
  it('leaves a series that already reaches the end alone', () => {
    const series = [{ t: 0, value: 0 }];
    expect(closeSeries(series, 0)).toBe(series);
  });
});

describe('unionIntervals', () => {
  it('merges overlapping and touching intervals and drops empty ones', () => {
    expect(
      unionIntervals([
        [3, 5],
        [0, 2],
        [2, 3],
        [7, 7],
        [8, 9],
        [8.5, 8.6],
      ]),
    ).toEqual([
      [0, 5],
      [8, 9],
    ]);
  });

  it('covers exactly the points some input covers, and never more length than the sum', () => {
    const intervals = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 })));
    fc.assert(
      fc.property(intervals, (raw) => {
        const input: Interval[] = raw.map(([s, len]) => [s, s + len]);
        const union = unionIntervals(input);
        for (let t = 0; t <= 50; t += 0.5) {
          const covered = (list: readonly Interval[]): boolean => list.some(([s, e]) => s <= t && t < e);
          expect(covered(union)).toBe(covered(input));
        }
        union.slice(1).forEach(([s], i) => expect(s).toBeGreaterThan(union[i][1]));
        expect(totalLength(union)).toBeLessThanOrEqual(totalLength(input));
      }),
    );
  });
});
