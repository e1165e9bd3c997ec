import { describe, expect, it } from 'vitest';
import type { SlowQuery } from './contract';
import { isQueryError, MAX_SLOW_MS, parseSlowQuery, remainingWait, slowUrl } from './slowUrl';

const BASE = 'http://localhost:4173/course/week3/awaitline/';

describe('slowUrl', () => {
  it('puts api/slow under the sub-path and writes only the fields given', () => {
    expect(slowUrl(BASE, { ms: 300, id: 'a' })).toBe(`${BASE}api/slow?ms=300&id=a`);
    expect(
      slowUrl('http://localhost:4173/', { ms: 0, id: 'x y', jitter: 50, seed: 7, fail: 0.1, hang: 0 }),
    ).toBe('http://localhost:4173/api/slow?ms=0&id=x+y&jitter=50&seed=7&fail=0.1&hang=0');
  });

  it('refuses a base without the trailing slash (it would drop the last path segment)', () => {
    expect(() => slowUrl('http://localhost:4173/course', { ms: 1, id: 'a' })).toThrow(/end in '\/'/);
  });

  it('round-trips through parseSlowQuery', () => {
    const queries: SlowQuery[] = [
      { ms: 300, id: 'a' },
      { ms: 12.5, id: 'task/7?&=', jitter: 0.25, seed: 4294967295, fail: 1, hang: 0.333 },
      { ms: 500, id: 't1', sent: 1_764_170_000_123.4 },
    ];
    for (const q of queries) expect(parseSlowQuery(new URL(slowUrl(BASE, q)))).toEqual(q);
  });
});

describe('parseSlowQuery', () => {
  const parse = (search: string) => parseSlowQuery(new URL(`${BASE}api/slow?${search}`));
  const errorOf = (search: string) => {
    const parsed = parse(search);
    return isQueryError(parsed) ? parsed.error : null;
  };

  it('accepts the bounds', () => {
    expect(parse(`ms=${MAX_SLOW_MS}&id=a&fail=0&hang=1&jitter=0&seed=0`)).toEqual({
      ms: MAX_SLOW_MS,
      id: 'a',
      fail: 0,
      hang: 1,
      jitter: 0,
      seed: 0,
    });
  });

  it('names what is missing', () => {
    expect(errorOf('ms=1')).toBe('id is missing');
    expect(errorOf('ms=1&id=')).toBe('id is missing');
    expect(errorOf('id=a')).toBe('ms is missing');
  });

  it.each([
    ['ms=-1&id=a', 'ms=-1'],
    [`ms=${MAX_SLOW_MS + 1}&id=a`, `ms=${MAX_SLOW_MS + 1}`],
    ['ms=&id=a', 'ms= '],
    ['ms=abc&id=a', 'ms=abc'],
    ['ms=Infinity&id=a', 'ms=Infinity'],
    ['ms=1&id=a&fail=1.5', 'fail=1.5'],
    ['ms=1&id=a&hang=-0.1', 'hang=-0.1'],
    ['ms=1&id=a&jitter=-5', 'jitter=-5'],
    ['ms=1&id=a&seed=1.5', 'seed=1.5'],
  ])('refuses %s', (search, start) => {
    expect(errorOf(search)).toMatch(new RegExp(`^${start.trim().replace(/[.+?]/g, '\\$&')}`));
  });
});

describe('remainingWait', () => {
  it('counts the delay from when the request was sent', () => {
    expect(remainingWait(300, 1_000, 1_100)).toBe(200);
    expect(remainingWait(300, 1_000, 2_000)).toBe(0);
    expect(remainingWait(300, undefined, 2_000)).toBe(300);
  });

  it('never waits longer than the delay asked for, whatever `sent` claims (sent=now+75000, sent=2^53-1)', () => {
    const now = 1_700_000_000_000;
    expect(remainingWait(MAX_SLOW_MS, now + 75_000, now)).toBe(MAX_SLOW_MS);
    expect(remainingWait(300, Number.MAX_SAFE_INTEGER, now)).toBe(300);
    expect(
      parseSlowQuery(new URL(`http://h/api/slow?ms=1&id=a&sent=${Number.MAX_SAFE_INTEGER}`)),
    ).toMatchObject({
      sent: Number.MAX_SAFE_INTEGER,
    });
  });
});
