import { describe, expect, it } from 'vitest';
import { parseGuess, verdict } from './predict';

describe('parseGuess', () => {
  it('reads seconds and milliseconds', () => {
    expect(parseGuess('15', 's')).toBe(15000);
    expect(parseGuess(' 0.5 ', 's')).toBe(500);
    expect(parseGuess('0,5', 's')).toBe(500);
    expect(parseGuess('250', 'ms')).toBe(250);
  });
  it('refuses what is not a positive number', () => {
    for (const bad of ['', 'abc', '-3', '0', '1e99', '3 s', 'Infinity'])
      expect(parseGuess(bad, 's')).toBeNull();
  });
});

describe('verdict', () => {
  it('says how many times faster or slower the run was than the guess', () => {
    expect(verdict(15000, 3000)).toEqual({ kind: 'faster', ratio: 5 });
    expect(verdict(1000, 3000)).toEqual({ kind: 'slower', ratio: 3 });
    expect(verdict(100000, 3003)).toEqual({ kind: 'faster', ratio: 33 });
    expect(verdict(4000, 3000)).toEqual({ kind: 'faster', ratio: 1.3 });
  });
  it('calls a guess within 10 % close', () => {
    expect(verdict(3100, 3000)).toEqual({ kind: 'close' });
    expect(verdict(2800, 3000)).toEqual({ kind: 'close' });
  });
});
