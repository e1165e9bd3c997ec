import { SLOW_PATH, type SlowQuery } from './contract';

/** Longest delay the endpoint accepts, ms: a typo (ms=3000000) should answer 400, not hang a run for an hour. */
export const MAX_SLOW_MS = 60_000;

/**
 * The slow endpoint's URL under the app's base, e.g. `http://host/course/awaitline/api/slow?ms=300&id=a`.
 * `baseHref` is absolute and ends in '/': in the page `new URL(import.meta.env.BASE_URL, document.baseURI).href`;
 * a worker gets it by message (its own location is the worker script's, not the app's).
 * Optional fields are written only when given, so the URL shows what the run asked for.
 *
 * @example slowUrl('http://localhost:4173/', { ms: 300, id: 'a' }) // 'http://localhost:4173/api/slow?ms=300&id=a'
 */
export function slowUrl(baseHref: string, q: SlowQuery): string {
  // Resolving against a base without the trailing '/' would silently drop its last segment (the sub-path).
  if (!baseHref.endsWith('/')) throw new Error(`slowUrl: baseHref must end in '/', got ${baseHref}`);
  const url = new URL(SLOW_PATH, baseHref);
  url.searchParams.set('ms', String(q.ms));
  url.searchParams.set('id', q.id);
  if (q.jitter !== undefined) url.searchParams.set('jitter', String(q.jitter));
  if (q.seed !== undefined) url.searchParams.set('seed', String(q.seed));
  if (q.fail !== undefined) url.searchParams.set('fail', String(q.fail));
  if (q.hang !== undefined) url.searchParams.set('hang', String(q.hang));
  if (q.sent !== undefined) url.searchParams.set('sent', String(q.sent));
  return url.href;
}

type Field = 'ms' | 'jitter' | 'seed' | 'fail' | 'hang' | 'sent';

interface Rule {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly meaning: string;
}

const RULES: Readonly<Record<Field, Rule>> = {
  ms: { min: 0, max: MAX_SLOW_MS, integer: false, meaning: `a delay in ms, 0…${MAX_SLOW_MS}` },
  jitter: { min: 0, max: MAX_SLOW_MS, integer: false, meaning: `a spread in ms, 0…${MAX_SLOW_MS}` },
  // Integers only: draw() hashes the seed as 32 bits, so 1.5 would silently mean 1.
  seed: { min: 0, max: 0xffff_ffff, integer: true, meaning: 'an integer seed, 0…4294967295' },
  fail: { min: 0, max: 1, integer: false, meaning: 'a probability, 0…1' },
  hang: { min: 0, max: 1, integer: false, meaning: 'a probability, 0…1' },
  sent: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: false, meaning: 'a time in epoch ms' },
};

/** A number from the query, or why not. Number('') is 0, so empty and blank values are refused first. */
function readNumber(params: URLSearchParams, field: Field): number | undefined | { error: string } {
  const raw = params.get(field);
  if (raw === null) return undefined;
  const rule = RULES[field];
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  const ok =
    Number.isFinite(value) &&
    value >= rule.min &&
    value <= rule.max &&
    (!rule.integer || Number.isInteger(value));
  return ok ? value : { error: `${field}=${raw} is not ${rule.meaning}` };
}

/**
 * Reads and checks the slow endpoint's query; the handler answers 400 with the `error` text otherwise.
 *
 * @example parseSlowQuery(new URL('http://h/api/slow?ms=300&id=a&fail=0.1')) // { ms: 300, id: 'a', fail: 0.1 }
 */
export function parseSlowQuery(url: URL): SlowQuery | { readonly error: string } {
  const params = url.searchParams;
  const id = params.get('id');
  if (id === null || id === '') return { error: 'id is missing' };
  if (params.get('ms') === null) return { error: 'ms is missing' };
  const values: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(RULES) as Field[]) {
    const value = readNumber(params, field);
    if (typeof value === 'object') return value;
    if (value !== undefined) values[field] = value;
  }
  return { ...values, ms: values.ms ?? 0, id };
}

/** Whether `parseSlowQuery` refused the query. */
export function isQueryError(
  parsed: SlowQuery | { readonly error: string },
): parsed is { readonly error: string } {
  return 'error' in parsed;
}

/**
 * How long the mock still waits before answering a request of delay `ms` sent at `sent` (epoch ms), at `now`:
 * the delay counts from when the request left the client, but never exceeds `ms` itself, so a `sent` in the
 * future (or a huge one) cannot push an answer past the endpoint's own limit of MAX_SLOW_MS.
 *
 * @example remainingWait(300, 1000, 1100) // 200
 * @example remainingWait(300, 9e15, 1100) // 300
 */
export function remainingWait(ms: number, sent: number | undefined, now: number): number {
  if (sent === undefined) return ms;
  return Math.min(ms, Math.max(0, sent + ms - now));
}
