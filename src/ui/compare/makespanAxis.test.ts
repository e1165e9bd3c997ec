import { describe, expect, it } from 'vitest';
import { makespanAxis } from './MakespanBars';

describe('makespanAxis', () => {
  it('labels every tick in one unit with the same decimals, from a round 0 to a round top', () => {
    // Issue 12: the axis read "0 ms, 4.00 s, 8.00 s".
    for (const [max, width] of [
      [9009, 300],
      [15020, 600],
      [3004, 420],
      [450, 500],
      [301_234, 900],
    ]) {
      const axis = makespanAxis(max, width);
      const labels = axis.ticks.map(axis.format);
      expect(labels[0], labels.join(', ')).toMatch(/^0(\.0+)? m?s$/);
      const units = new Set(labels.map((l) => l.split(' ')[1]));
      const decimals = new Set(labels.map((l) => (l.split(' ')[0].split('.')[1] ?? '').length));
      expect(units.size, labels.join(', ')).toBe(1);
      expect(decimals.size, labels.join(', ')).toBe(1);
      expect(axis.domain[1]).toBeGreaterThanOrEqual(max);
      expect(axis.ticks[axis.ticks.length - 1]).toBe(axis.domain[1]);
    }
  });
});
