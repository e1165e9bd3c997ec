import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { tickFormat } from './format';

export type Domain = readonly [number, number];

/** A time scale over the plot's width, with its ticks and their labels. */
export interface TimeAxis {
  readonly scale: ScaleLinear<number, number>;
  readonly ticks: readonly number[];
  readonly format: (ms: number) => string;
}

/** Width of one character of a tick label, px (11 px system UI digits). */
export const LABEL_CHAR = 6.2;

/** About one tick per 90 px. */
const tickCount = (width: number) => Math.max(2, Math.floor(width / 90));

/**
 * The time axis for a domain (a zoomed range, kept as chosen) or for the whole run (rounded out to nice ticks).
 *
 * @example timeAxis(null, [0, 3020], 600).format(1500) // "1.5 s"
 */
export function timeAxis(domain: Domain | null, extent: Domain, width: number): TimeAxis {
  // Fewer ticks when their labels are long ("3,005 ms"), so every label fits, even one anchored at an edge.
  for (let count = tickCount(width); ; count--) {
    const scale = scaleLinear()
      .domain(domain ?? extent)
      .range([0, width]);
    if (domain === null) scale.nice(count);
    const ticks = scale.ticks(count);
    const format = tickFormat(ticks);
    const widest = Math.max(...ticks.map((t) => format(t).length)) * LABEL_CHAR;
    if (count <= 2 || ticks.length < 2 || width / (ticks.length - 1) >= widest * 1.5 + 8)
      return { scale, ticks, format };
  }
}

/** The narrowest range one can zoom into, ms. */
export function minSpan(extent: Domain): number {
  return Math.max((extent[1] - extent[0]) * 1e-5, 1e-3);
}

/**
 * A range inside the run's extent, at least {@link minSpan} wide; null when it covers the whole run.
 */
export function clampDomain(a: number, b: number, extent: Domain): Domain | null {
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  const [e0, e1] = extent;
  const span = Math.max(hi - lo, minSpan(extent));
  if (span >= e1 - e0) return null;
  if (hi - lo < span) {
    const mid = (lo + hi) / 2;
    lo = mid - span / 2;
    hi = mid + span / 2;
  }
  if (lo < e0) [lo, hi] = [e0, e0 + span];
  if (hi > e1) [lo, hi] = [e1 - span, e1];
  return [lo, hi];
}

/**
 * Zooms by `factor` (2 = twice as close) keeping `center` where it is on screen.
 *
 * @example zoomBy([0, 1000], 2, 500, [0, 1000]) // [250, 750]
 */
export function zoomBy(current: Domain, factor: number, center: number, extent: Domain): Domain | null {
  const [c0, c1] = current;
  const span = (c1 - c0) / factor;
  const at = c1 > c0 ? (center - c0) / (c1 - c0) : 0.5;
  return clampDomain(center - span * at, center - span * at + span, extent);
}

/** The same width of range, moved so that [start, end] is in view; unchanged if it already is. */
export function panToShow(current: Domain, start: number, end: number, extent: Domain): Domain | null {
  const [c0, c1] = current;
  if (end >= c0 && start <= c1) return current;
  const mid = (start + end) / 2;
  const half = (c1 - c0) / 2;
  return clampDomain(mid - half, mid + half, extent);
}
