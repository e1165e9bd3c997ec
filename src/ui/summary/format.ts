/** Number formatting for the figures people read off the screen (and off a projector). */

const sig = (value: number, digits: number) => Number(value.toPrecision(digits));
const en = (value: number, max = 2) => value.toLocaleString('en-GB', { maximumFractionDigits: max });

/**
 * A duration: ms under a second, then seconds (three significant digits, so "77.0 s", "150 s") up to
 * 1,000 s, then minutes and hours: short enough for a figure and a chart's tooltip.
 * @example formatDuration(15015) // "15.0 s"; formatDuration(850) // "850 ms"; formatDuration(0.42) // "0.42 ms"
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  const a = Math.abs(ms);
  if (a < 1) return `${en(ms, 2)} ms`;
  if (a < 1000) return `${en(Math.round(ms), 0)} ms`;
  if (a < 100_000) return `${(ms / 1000).toFixed(a < 10_000 ? 2 : 1)} s`;
  if (a < 1_000_000) return `${Math.round(ms / 1000)} s`;
  if (a < 3_600_000) return `${en(sig(ms / 60_000, 3), 1)} min`;
  return `${en(sig(ms / 3_600_000, 3), 2)} h`;
}

/** A rate per second with three significant digits: "1.66 /s", "2,400 /s". */
export function formatRate(perSecond: number, unit = 'req/s'): string {
  if (!Number.isFinite(perSecond)) return '–';
  return `${en(sig(perSecond, 3), 3)} ${unit}`;
}

/** A fraction as a whole percentage: "48 %" (one decimal under 10 %). */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  const pct = fraction * 100;
  return `${pct < 10 && pct > 0 ? pct.toFixed(1) : Math.round(pct)} %`;
}

/** A count with digit groups. */
export function formatCount(n: number): string {
  return en(n, 0);
}

/** A speed-up factor: "4.98×" (two significant decimals below 10, whole numbers above 100). */
export function formatFactor(factor: number): string {
  if (!Number.isFinite(factor)) return '–';
  return `${en(sig(factor, 3), 2)}×`;
}
