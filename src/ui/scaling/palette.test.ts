import { describe, expect, it } from 'vitest';
import { decadeTicks, durationTick, durationTicks } from './palette';

describe('log-axis ticks', () => {
  it('cover the data with round values', () => {
    expect(decadeTicks(3, 250)).toEqual([1, 10, 100, 1000]);
    expect(decadeTicks(0, 10)).toEqual([]);
    expect(durationTicks(1003, 102_300_000)).toEqual([1e3, 1e4, 6e4, 6e5, 3.6e6, 3.6e7, 3.6e8]);
    expect(durationTicks(1003, 102_300_000).map(durationTick)).toEqual([
      '1 s',
      '10 s',
      '1 min',
      '10 min',
      '1 h',
      '10 h',
      '100 h',
    ]);
  });
});
