/** Step functions built from +1 / -1 changes: the one sweep behind every series and concurrency count. */

/** A step series point: `value` holds from `t` until the next point's `t`. */
export interface StepPoint {
  readonly t: number;
  readonly value: number;
}

export interface StepSeries {
  /** Starts at t = 0; one point per instant where the value changes. */
  readonly series: readonly StepPoint[];
  /** The largest value reached. */
  readonly peak: number;
}

/**
 * Sweep `ups` (+1 at each time) and `downs` (-1 at each time) in time order. All changes at one instant are
 * applied together, so an interval ending at t and another starting at t never count as overlapping, and a
 * zero-length interval never counts: the intervals are half-open, [start, end). O(n log n).
 *
 * @example stepSweep([0, 2], [3, 5]) // series (0,1) (2,2) (3,1) (5,0), peak 2
 */
export function stepSweep(ups: ArrayLike<number>, downs: ArrayLike<number>): StepSeries {
  const series: StepPoint[] = [{ t: 0, value: 0 }];
  let peak = 0;
  sweepChanges(ups, downs, (t, before, value) => {
    if (value === before) return;
    if (value > peak) peak = value;
    const last = series[series.length - 1];
    if (last.t === t) series[series.length - 1] = { t, value };
    else series.push({ t, value });
  });
  return { series, peak };
}

/**
 * The sweep itself: visits each distinct instant of `ups` and `downs` in time order with the count just before
 * it and just after all its changes (each up +1, each down -1).
 */
function sweepChanges(
  ups: ArrayLike<number>,
  downs: ArrayLike<number>,
  visit: (t: number, before: number, after: number) => void,
): void {
  const up = Float64Array.from(ups).sort();
  const down = Float64Array.from(downs).sort();
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < up.length || j < down.length) {
    const t = Math.min(i < up.length ? up[i] : Infinity, j < down.length ? down[j] : Infinity);
    const before = count;
    for (; i < up.length && up[i] === t; i++) count++;
    for (; j < down.length && down[j] === t; j++) count--;
    visit(t, before, count);
  }
}

/** Append a closing point at `end` so a chart spans the whole run; the series is returned unchanged if it already does. */
export function closeSeries(series: readonly StepPoint[], end: number): readonly StepPoint[] {
  const last = series[series.length - 1];
  return last === undefined || last.t >= end ? series : [...series, { t: end, value: last.value }];
}

export type Interval = readonly [start: number, end: number];

/**
 * The union of half-open intervals as disjoint, sorted intervals; touching intervals merge, empty ones vanish.
 *
 * @example unionIntervals([[3, 5], [0, 2], [2, 3]]) // [[0, 5]]
 */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  return coverage(
    intervals.map(([s]) => s),
    intervals.map(([, e]) => e),
  );
}

/**
 * `unionIntervals` for intervals given as parallel arrays of starts and ends: sorts plain numbers instead of
 * tuples, which matters on a trace with hundreds of thousands of segments.
 */
export function coverage(starts: ArrayLike<number>, ends: ArrayLike<number>): Interval[] {
  const out: Interval[] = [];
  let openedAt = 0;
  sweepChanges(starts, ends, (t, before, depth) => {
    if (before === 0 && depth > 0) openedAt = t;
    else if (before > 0 && depth === 0) out.push([openedAt, t]);
  });
  return out;
}

/** Total length covered by disjoint intervals. */
export function totalLength(disjoint: readonly Interval[]): number {
  let sum = 0;
  for (const [s, e] of disjoint) sum += e - s;
  return sum;
}
