/** Number formatting for the figures people read off the screen (and off a projector), in the UI language. */
import { formatNumber, translator, type Lang } from '../../i18n';
import { summaryMessages } from '../../i18n/messages/summary';

const sig = (value: number, digits: number) => Number(value.toPrecision(digits));
const num = (value: number, max: number, lang: Lang) =>
  formatNumber(value, lang, { maximumFractionDigits: max });

/**
 * A duration: ms under a second, then seconds (three significant digits, so "77.0 s", "150 s") up to
 * 1,000 s, then minutes and hours: short enough for a figure and a chart's tooltip.
 * @example formatDuration(15015) // "15.0 s"; formatDuration(850) // "850 ms"; formatDuration(0.42) // "0.42 ms"
 */
export function formatDuration(ms: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(ms)) return '–';
  const a = Math.abs(ms);
  if (a < 1) return `${num(ms, 2, lang)} ms`;
  if (a < 1000) return `${num(Math.round(ms), 0, lang)} ms`;
  if (a < 100_000) return `${(ms / 1000).toFixed(a < 10_000 ? 2 : 1)} s`;
  if (a < 1_000_000) return `${Math.round(ms / 1000)} s`;
  const t = translator(summaryMessages, lang);
  if (a < 3_600_000) return `${num(sig(ms / 60_000, 3), 1, lang)} ${t('minutes')}`;
  return `${num(sig(ms / 3_600_000, 3), 2, lang)} ${t('hours')}`;
}

/** A rate per second with three significant digits: "1.66 /s", "2,400 /s". */
export function formatRate(perSecond: number, unit = 'req/s', lang: Lang = 'en'): string {
  if (!Number.isFinite(perSecond)) return '–';
  return `${num(sig(perSecond, 3), 3, lang)} ${unit}`;
}

/** A fraction as a whole percentage: "48 %" (one decimal under 10 %). */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '–';
  const pct = fraction * 100;
  return `${pct < 10 && pct > 0 ? pct.toFixed(1) : Math.round(pct)} %`;
}

/** A count with digit groups. */
export function formatCount(n: number, lang: Lang = 'en'): string {
  return num(n, 0, lang);
}

/** A speed-up factor: "4.98×" (two significant decimals below 10, whole numbers above 100). */
export function formatFactor(factor: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(factor)) return '–';
  return `${num(sig(factor, 3), 2, lang)}×`;
}
