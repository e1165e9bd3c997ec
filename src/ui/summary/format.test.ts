import { describe, expect, it } from 'vitest';
import { formatDuration, formatFactor, formatPercent, formatRate } from './format';

describe('summary formatting', () => {
  it.each([
    [0.42, '0.42 ms'],
    [850.4, '850 ms'],
    [3012, '3.01 s'],
    [15015, '15.0 s'],
    [84_300, '84.3 s'],
    [150_400, '150 s'],
    [1_500_000, '25 min'],
    [5_400_000, '1.5 h'],
    [Number.NaN, '–'],
  ])('duration %d → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('formats rates, percentages and factors', () => {
    expect(formatRate(1.6644)).toBe('1.66 req/s');
    expect(formatRate(2412.7)).toBe('2,410 req/s');
    expect(formatPercent(0.4849)).toBe('48 %');
    expect(formatPercent(0.043)).toBe('4.3 %');
    expect(formatFactor(4.9871)).toBe('4.99×');
    expect(formatFactor(123.4)).toBe('123×');
  });
});
