import type { LinkNotice, LinkReason } from '..';
import type { QueryReader, QueryValue } from './types';

/** Values longer than this are ignored without being parsed (no number or name needs more). */
export const MAX_VALUE_LENGTH = 200;
/** Only this much of a query is read; anything beyond is dropped (a pasted essay must not stall the page). */
export const MAX_QUERY_LENGTH = 8192;
/** Keys added by mail and ad tools, which are not meant for Awaitline: ignored without a notice. */
const TRACKING_KEY = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|ref)$/i;

/** Parses a query without ever throwing: malformed percent-encoding is kept as text, like browsers do. */
function entriesOf(search: string): readonly (readonly [string, string])[] {
  const text = search.length > MAX_QUERY_LENGTH ? search.slice(0, MAX_QUERY_LENGTH) : search;
  try {
    return [...new URLSearchParams(text.startsWith('?') ? text.slice(1) : text)];
  } catch {
    return [];
  }
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
  for (const [key, value] of entriesOf(search)) {
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
      return unknown.length > 0 ? [...notices, { kind: 'unknown', keys: unknown }] : notices;
    },
  };
}

/** A value short enough to parse, or null after recording that it was too long. */
export function boundedValue(query: QueryReader, read: QueryValue): string | null {
  if (read.value.length <= MAX_VALUE_LENGTH) return read.value;
  query.reject(read, { code: 'too-long', max: MAX_VALUE_LENGTH });
  return null;
}
