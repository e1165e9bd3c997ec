import { describe, expect, it } from 'vitest';
import { pillWidth, placeCallouts } from './marks';

const x = (t: number) => t; // 1 px per ms

describe('pillWidth', () => {
  it('counts Chinese characters as wide', () => {
    expect(pillWidth('任务就绪')).toBeGreaterThan(pillWidth('task') + 15);
  });
});

describe('placeCallouts', () => {
  it('puts a label at its marker, and ends it at the marker near the right edge', () => {
    const [a, b] = placeCallouts(
      [
        { kind: 'a', time: 10, label: 'start' },
        { kind: 'b', time: 390, label: 'end' },
      ],
      x,
      400,
    );
    expect(a).toMatchObject({ x: 10, left: 10, tier: 0 });
    expect(b).toMatchObject({ x: 390, left: 390 - pillWidth('end'), tier: 0 });
  });

  it('moves an overlapping label to the next tier, and drops one that fits nowhere', () => {
    const placed = placeCallouts(
      [
        { kind: 'a', time: 0, label: 'a long label here' },
        { kind: 'b', time: 20, label: 'another label' },
        { kind: 'c', time: 30, label: 'no room' },
      ],
      x,
      600,
    );
    expect(placed.map((p) => [p.callout.kind, p.tier])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('leaves out callouts off the plot (zoomed away)', () => {
    expect(
      placeCallouts(
        [
          { kind: 'a', time: -5, label: 'x' },
          { kind: 'b', time: 500, label: 'y' },
        ],
        x,
        400,
      ),
    ).toEqual([]);
  });
});
