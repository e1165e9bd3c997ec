import { describe, expect, it } from 'vitest';
import { draw } from './draw';

describe('draw', () => {
  it('is a pure function of (seed, id, salt)', () => {
    expect(draw(42, 'a', 'fail')).toBe(draw(42, 'a', 'fail'));
  });

  it('changes with each of seed, id and salt', () => {
    const base = draw(42, 'a', 'fail');
    expect(draw(43, 'a', 'fail')).not.toBe(base);
    expect(draw(42, 'b', 'fail')).not.toBe(base);
    expect(draw(42, 'a', 'hang')).not.toBe(base);
    expect(draw(1, 'ab', 'c')).not.toBe(draw(1, 'a', 'bc'));
  });

  it('stays in [0, 1) and spreads evenly: 10,000 ids fill ten bins to within 15 %', () => {
    const draws = Array.from({ length: 10_000 }, (_, i) => draw(7, `task-${i}`, 'jitter'));
    expect(draws.filter((u) => !(u >= 0 && u < 1))).toEqual([]);
    const bins = new Array<number>(10).fill(0);
    for (const u of draws) bins[Math.floor(u * 10)]++;
    for (const count of bins) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('draws for different salts are not correlated', () => {
    let both = 0;
    for (let i = 0; i < 10_000; i++)
      if (draw(3, `t${i}`, 'fail') < 0.5 && draw(3, `t${i}`, 'hang') < 0.5) both++;
    expect(Math.abs(both - 2500)).toBeLessThan(250);
  });
});
