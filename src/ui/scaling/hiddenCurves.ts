import type { SweepSeries } from '../../strategies/scalingTypes';
import type { StrategyId } from '../../trace/scenario';

/**
 * Two makespans closer than this (relative) draw as one line: the charts' log axes span several decades in
 * about 200 px, so 3 % is well under a line's width.
 */
export const SAME_LINE_TOLERANCE = 0.03;

/** A curve drawn under a later one over [from, to] of the axis, so the reader cannot see it there. */
export interface HiddenCurve {
  readonly hidden: StrategyId;
  readonly by: StrategyId;
  readonly from: number;
  readonly to: number;
}

/**
 * The longest run of neighbouring points where `a` and `b` coincide, or null when that run is shorter than
 * two points or than half of the points they share (a crossing is not a hidden curve).
 */
function coincide(a: SweepSeries, b: SweepSeries): readonly [number, number] | null {
  const byX = new Map(b.points.map((p) => [p.x, p.makespanMs]));
  const shared = [...a.points].filter((p) => byX.has(p.x)).sort((p, q) => p.x - q.x);
  let best: [number, number] | null = null;
  let bestLength = 0;
  let runStart = 0;
  let length = 0;
  for (const p of shared) {
    const q = byX.get(p.x) ?? Number.NaN;
    const scale = Math.max(Math.abs(p.makespanMs), Math.abs(q), 1e-9);
    if (Math.abs(p.makespanMs - q) / scale <= SAME_LINE_TOLERANCE) {
      if (length === 0) runStart = p.x;
      length++;
      if (length > bestLength) {
        bestLength = length;
        best = [runStart, p.x];
      }
    } else length = 0;
  }
  return bestLength >= 2 && bestLength * 2 >= shared.length ? best : null;
}

/**
 * The curves of one chart that a later-drawn curve covers for most of the axis (series are drawn in order,
 * the last on top), each with the curve on top and the span where it hides: the chart then says so instead of
 * silently showing one line for two. Throughput is the same work over the makespan, so the makespans decide
 * for both charts of a sweep.
 */
export function hiddenCurves(series: readonly SweepSeries[]): HiddenCurve[] {
  const hidden: HiddenCurve[] = [];
  for (let i = 0; i < series.length; i++) {
    for (let j = series.length - 1; j > i; j--) {
      const span = coincide(series[i], series[j]);
      if (span) {
        hidden.push({
          hidden: series[i].strategy,
          by: series[j].strategy,
          from: span[0],
          to: span[1],
        });
        break;
      }
    }
  }
  return hidden;
}
