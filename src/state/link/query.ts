import type { LinkNotice, LinkReason } from '..';
import type { QueryReader, QueryValue } from './types';

/** Values longer than this are ignored without being parsed (no number or name needs more). */
export const MAX_VALUE_LENGTH = 200;
/**
 * Longest `key=value` pair read, in characters as written in the link: nothing the app writes comes near it
 * (a program, `code=`, is at most 4,000). A longer pair is dropped unread, with a notice naming its key.
 */
export const MAX_PAIR_LENGTH = 8192;
/** Most pairs read; the rest of a longer query is dropped with one notice saying how many (a link has ~20). */
export const MAX_PAIRS = 64;
/** Keys added by mail and ad tools, which are not meant for Awaitline: ignored without a notice. */
const TRACKING_KEY = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|ref)$/i;
/** Characters of an over-long pair's key that are decoded to name it in the notice. */
const KEY_PREVIEW = 200;

/** Decodes one pair (`URLSearchParams` never throws, and keeps malformed percent-encoding as text). */
function decodePair(raw: string): readonly [string, string] | undefined {
  return new URLSearchParams(raw)[Symbol.iterator]().next().value;
}

/**
 * Splits a query into pairs without ever throwing, bounded however long the link: pairs longer than
 * MAX_PAIR_LENGTH and pairs past MAX_PAIRS are not decoded but reported (a pasted essay must not stall the
 * page, nor silently cut the settings written after it).
 */
function entriesOf(search: string): {
  readonly entries: readonly (readonly [string, string])[];
  readonly notices: readonly LinkNotice[];
} {
  const text = search.startsWith('?') ? search.slice(1) : search;
  const entries: (readonly [string, string])[] = [];
  const notices: LinkNotice[] = [];
  let dropped = 0;
  for (let from = 0; from < text.length;) {
    const amp = text.indexOf('&', from);
    const to = amp < 0 ? text.length : amp;
    const length = to - from;
    if (length > 0) {
      if (entries.length >= MAX_PAIRS) dropped++;
      else if (length > MAX_PAIR_LENGTH) {
        const eq = text.indexOf('=', from);
        const keyEnd = eq < 0 || eq > to ? to : eq;
        const [key] = decodePair(text.slice(from, Math.min(keyEnd, from + KEY_PREVIEW))) ?? [''];
        notices.push({ kind: 'long', key, length, max: MAX_PAIR_LENGTH });
      } else {
        // A pair URLSearchParams reads as nothing (a lone `?`) is nothing.
        const entry = decodePair(text.slice(from, to));
        if (entry) entries.push(entry);
      }
    }
    from = to + 1;
  }
  if (dropped > 0) notices.push({ kind: 'rest', count: dropped, max: MAX_PAIRS });
  return { entries, notices };
}

/** A reader over a query plus what it noticed; `finish` reports the keys nobody read. */
export interface QueryScan extends QueryReader {
  readonly finish: () => readonly LinkNotice[];
}

/**
 * Reads a `location.search` string for the URL features. Repeated keys use their first value; keys no
 * feature asks for are reported once, together (tracking keys excepted).
 * @example const q = scanQuery('?tasks=5&tasks=6'); q.take(['tasks']) // { key: 'tasks', value: '5' } + a notice
 */
export function scanQuery(search: string): QueryScan {
  // A Map, not an object: keys such as `__proto__` or `constructor` are plain strings here.
  const values = new Map<string, string[]>();
  const { entries, notices: cut } = entriesOf(search);
  for (const [key, value] of entries) {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  const read = new Set<string>();
  const notices: LinkNotice[] = [];
  return {
    take: (keys) => {
      for (const key of keys) read.add(key);
      const key = keys.find((k) => values.has(k));
      if (key === undefined) return null;
      const [first, ...repeats] = values.get(key) ?? [];
      for (const value of repeats) notices.push({ kind: 'duplicate', key, value });
      return { key, value: first ?? '' };
    },
    reject: ({ key, value }: QueryValue, reason: LinkReason) =>
      notices.push({ kind: 'invalid', key, value, reason }),
    finish: () => {
      const unknown = [...values.keys()].filter((key) => !read.has(key) && !TRACKING_KEY.test(key));
      const all = [...cut, ...notices];
      return unknown.length > 0 ? [...all, { kind: 'unknown', keys: unknown }] : all;
    },
  };
}

/** A value short enough to parse, or null after recording that it was too long. */
export function boundedValue(query: QueryReader, read: QueryValue): string | null {
  if (read.value.length <= MAX_VALUE_LENGTH) return read.value;
  query.reject(read, { code: 'too-long', max: MAX_VALUE_LENGTH });
  return null;
}
