import { translator, type Lang } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import type { GanttItem, ItemState } from './layoutTypes';
import { ganttWords } from './words';

const formats = new Map<number, Intl.NumberFormat>();
function number(value: number, digits: number): string {
  let f = formats.get(digits);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formats.set(digits, f);
  }
  return f.format(value);
}

/**
 * A time or duration for people: ms below 10 s (with decimals only where they matter), then seconds.
 *
 * @example formatMs(3012) // "3,012 ms"; formatMs(1.25) // "1.25 ms"; formatMs(12500) // "12.5 s"
 */
export function formatMs(ms: number): string {
  const a = Math.abs(ms);
  if (a >= 10_000) return `${number(ms / 1000, 2)} s`;
  if (a >= 100) return `${number(ms, 0)} ms`;
  if (a >= 10) return `${number(ms, 1)} ms`;
  return `${number(ms, 2)} ms`;
}

/**
 * A shown range and the whole in ONE unit (seconds once the whole reaches 1 s), with as many decimals as the
 * range needs to tell its ends apart: "0.00 s – 5.00 s of 15.02 s", never "0 ms – 5,000 ms of 15.02 s".
 *
 * @example formatRange(0, 5000, 15020) // ["0.00 s", "5.00 s", "15.02 s"]
 */
export function formatRange(from: number, to: number, total: number): [string, string, string] {
  const seconds = Math.abs(total) >= 1000;
  const unit = seconds ? 1000 : 1;
  const span = Math.abs(to - from) / unit;
  const digits = Math.min(seconds ? 4 : 3, Math.max(seconds ? 2 : 0, Math.ceil(-Math.log10(span || 1)) + 2));
  const fmt = (ms: number) => {
    const f = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return `${f.format(ms / unit)} ${seconds ? 's' : 'ms'}`;
  };
  return [fmt(from), fmt(to), fmt(total)];
}

/**
 * Both ends of a span, precise enough that a brief span does not read "5,400 ms to 5,400 ms".
 *
 * @example formatSpan(5400, 5400.1) // ["5,400 ms", "5,400.1 ms"]
 */
export function formatSpan(start: number, end: number): [string, string] {
  const d = end - start;
  if (d >= 10 || d <= 0 || Math.max(Math.abs(start), Math.abs(end)) < 100)
    return [formatMs(start), formatMs(end)];
  const digits = Math.min(3, Math.max(1, Math.ceil(-Math.log10(d)) + 1));
  return [`${number(start, digits)} ms`, `${number(end, digits)} ms`];
}

/**
 * A formatter for axis ticks: seconds when the ticks reach 1 s in steps of 100 ms or more, else ms;
 * as many decimals as the step needs.
 *
 * @example tickFormat([0, 500, 1000])(500) // "500 ms"; tickFormat([0, 1500, 3000])(1500) // "1.5 s"
 */
export function tickFormat(ticks: readonly number[]): (ms: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : Math.abs(ticks[0] ?? 1) || 1;
  const top = Math.max(...ticks.map(Math.abs));
  const decimals = (unitStep: number) => {
    let d = 0;
    while (d < 6 && Math.abs(Math.round(unitStep * 10 ** d) - unitStep * 10 ** d) > 1e-6) d++;
    return d;
  };
  if (top >= 1000 && step >= 100) {
    const d = decimals(step / 1000);
    return (ms) => `${number(ms / 1000, d)} s`;
  }
  const d = decimals(step);
  return (ms) => `${number(ms, d)} ms`;
}

/** The word said for a state, in a language. */
export function stateName(state: ItemState, lang: Lang = 'en'): string {
  return translator(ganttMessages, lang)(`state.${state}`);
}

/**
 * What a screen reader hears for an item, e.g. "task 3, suspended, 12 ms to 3,012 ms".
 */
export function describeItem(item: GanttItem, lang: Lang = 'en'): string {
  const t = translator(ganttMessages, lang);
  const words = ganttWords(lang);
  const [from, to] = formatSpan(item.start, item.end);
  const parts = [words.who(item), stateName(item.state, lang), t('itemSpan', { from, to })];
  const share = words.share(item);
  const where = words.where(item);
  if (share !== null) parts.push(share);
  if (where !== null) parts.push(t('on', { where }));
  return parts.join(lang === 'en' ? ', ' : '，');
}
