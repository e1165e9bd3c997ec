import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse';

describe('parseNumber', () => {
  it.each([
    ['42', 42],
    [' 1 000 ', 1000],
    ['1_000', 1000],
    ['2,5', 2.5],
    ['1,000', 1000],
    ['12,000,000', 12_000_000],
    ['.5', 0.5],
    ['1e3', 1000],
    ['-3', -3],
  ])('reads %j as %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['', '  ', 'abc', '12ms', '1.2.3', 'Infinity', 'NaN', '0x10', '1e999'])('rejects %j', (text) =>
    expect(parseNumber(text)).toBeNull(),
  );
});
