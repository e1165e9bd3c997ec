import type { StepPoint } from '../../trace/sweep';
import { GANTT_LABEL_WIDTH } from '../gantt/constants';
import type { TimeAxis } from '../gantt/zoom';

/** Space above the plot, px (room for the top tick's label). */
export const PLOT_TOP = 6;
/** Length of a tick mark, px. */
export const TICK_SIZE = 6;
/** Half the height of an 11 px tick label's box: a label is kept inside the chart by this much. */
export const LABEL_HALF = 8.25;
/** Gap between an x tick mark and its label, px. */
const X_LABEL_GAP = 2;

/** Where a y tick's mark and label go; the label's centre is moved down to stay inside the chart. */
export interface YTick {
  readonly value: number;
  readonly y: number;
  readonly labelY: number;
}

/** Everything of a step chart that depends on its data, axis and size: drawn once per change of those. */
export interface StepGeometry {
  /** Bottom of the plot, px (the x axis line). */
  readonly bottom: number;
  /** Left and right edges of the plot, px. */
  readonly left: number;
  readonly right: number;
  /** The step line, and the same closed to the baseline (the filled area). */
  readonly line: string;
  readonly area: string;
  /** Vertical gridlines at the time ticks. */
  readonly grid: string;
  readonly yTicks: readonly YTick[];
  /** Time ticks: x in px and label. */
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  /** The y of each x tick label's top (its text hangs below it). */
  readonly xLabelY: number;
}

/** Three decimals, as in the paths Recharts wrote for these charts. */
const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** Index of the last point at or before `t` (0 when `t` precedes them all). */
export function pointAt(series: readonly StepPoint[], t: number): number {
  let lo = 0;
  let hi = series.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (series[mid].t <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The geometry of a step chart of `series` (value holds from a point until the next) on the Gantt's time
 * `axis`, `height` px tall with the plot from PLOT_TOP to `height - xAxisHeight`: the count axis runs from 0 at
 * the bottom to `max(1, peak)` at the top, with ticks at 0, half and the peak. A y label that would cross the
 * chart's bottom edge is left out with its tick (the lower chart's time axis makes room for its 0); the top one
 * is moved down into the chart. Only the points in the axis' domain (and one either side) are drawn.
 *
 * @example stepGeometry([{t:0,value:2},{t:10,value:0}], 2, axis, 58, 0).line // "M150,6L…,6L…,58"
 */
export function stepGeometry(
  series: readonly StepPoint[],
  peak: number,
  axis: TimeAxis,
  height: number,
  xAxisHeight: number,
): StepGeometry {
  const bottom = height - xAxisHeight;
  const top = Math.max(1, peak);
  const y = (v: number) => r3(bottom - ((bottom - PLOT_TOP) * v) / top);
  const x = (t: number) => r3(GANTT_LABEL_WIDTH + axis.scale(t));
  const [d0, d1] = axis.scale.domain();
  const [, plotWidth] = axis.scale.range();
  let line = '';
  let first = 0;
  let last = series.length - 1;
  if (series.length > 0) {
    first = pointAt(series, d0);
    last = Math.min(series.length - 1, pointAt(series, d1) + 1);
    const parts: string[] = [`M${x(series[first].t)},${y(series[first].value)}`];
    for (let i = first + 1; i <= last; i++) {
      const xi = x(series[i].t);
      parts.push(`L${xi},${y(series[i - 1].value)}L${xi},${y(series[i].value)}`);
    }
    line = parts.join('');
  }
  const area =
    series.length > 0 ? `${line}L${x(series[last].t)},${bottom}L${x(series[first].t)},${bottom}Z` : '';
  const grid = axis.ticks.map((t) => `M${x(t)},${PLOT_TOP}V${bottom}`).join('');
  const yValues = [...new Set([0, Math.round(peak / 2), top])];
  const yTicks = yValues
    .map((value) => ({ value, y: y(value), labelY: Math.max(y(value), LABEL_HALF) }))
    .filter((tick) => tick.y + LABEL_HALF <= height);
  return {
    bottom,
    left: GANTT_LABEL_WIDTH,
    right: GANTT_LABEL_WIDTH + plotWidth,
    line,
    area,
    grid,
    yTicks,
    xTicks: axis.ticks.filter((t) => t >= d0 && t <= d1).map((t) => ({ x: x(t), label: axis.format(t) })),
    xLabelY: bottom + TICK_SIZE + X_LABEL_GAP,
  };
}
