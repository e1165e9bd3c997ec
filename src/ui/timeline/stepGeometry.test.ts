import { describe, expect, it } from 'vitest';
import { timeAxis } from '../gantt/zoom';
import { pointAt, stepGeometry } from './stepGeometry';

// The companion charts' plot on a 1,280 px page: 758 px from x = 150 (the Gantt's label column) to 908.
const axis = (domain: readonly [number, number] | null = null) => timeAxis(domain, [0, 1003], 758);
/** 100 requests sent at 0 and answered at 1,003 ms (asyncio.gather of 100 × 1 s, as drawn at 1,280 px). */
const gather = [
  { t: 0, value: 100 },
  { t: 1003, value: 0 },
];

describe('stepGeometry', () => {
  it('draws the step path Recharts drew for the same series, on the Gantt scale', () => {
    const g = stepGeometry(gather, 100, axis(), 58, 0);
    expect(g.line).toBe('M150,6L841.158,6L841.158,58');
    expect(g.area).toBe('M150,6L841.158,6L841.158,58L841.158,58L150,58Z');
    expect(g.left).toBe(150);
    expect(g.right).toBe(908);
  });

  it('puts gridlines and time labels at the Gantt axis ticks', () => {
    const a = axis();
    const g = stepGeometry(gather, 100, a, 82, 24);
    expect(g.xTicks.map((k) => k.label)).toEqual(a.ticks.map(a.format));
    expect(g.grid.match(/M/g)).toHaveLength(a.ticks.length);
    expect(g.xTicks[1].x).toBeCloseTo(150 + a.scale(a.ticks[1]), 3);
    expect(g.xLabelY).toBe(66);
  });

  it('labels 0, half and the peak, dropping a label that would cross the bottom edge and nudging the top one in', () => {
    // Upper chart (no time axis): the 0 label would hang below the chart, so it and its tick are left out.
    expect(stepGeometry(gather, 100, axis(), 58, 0).yTicks).toEqual([
      { value: 50, y: 32, labelY: 32 },
      { value: 100, y: 6, labelY: 8.25 },
    ]);
    // Lower chart: its time axis makes room for the 0; a peak of 0 still spans 0..1.
    expect(stepGeometry([{ t: 0, value: 0 }], 0, axis(), 82, 24).yTicks).toEqual([
      { value: 0, y: 58, labelY: 58 },
      { value: 1, y: 6, labelY: 8.25 },
    ]);
  });

  it('draws only the points in a zoomed domain, with one either side for the steps crossing its edges', () => {
    const series = Array.from({ length: 11 }, (_, i) => ({ t: i * 100, value: i % 3 }));
    const g = stepGeometry(series, 2, axis([350, 550]), 58, 0);
    // Points at 300 (holding at 350), 400, 500 and 600 (the step out of the window).
    expect(g.line.match(/M|L/g)).toHaveLength(1 + 2 * 3);
  });

  it('an empty series draws nothing', () => {
    const g = stepGeometry([], 0, axis(), 58, 0);
    expect(g.line).toBe('');
    expect(g.area).toBe('');
  });
});

describe('pointAt', () => {
  const series = [
    { t: 0, value: 1 },
    { t: 10, value: 2 },
    { t: 20, value: 0 },
  ];
  it('finds the point whose value holds at a time (steps hold from their point to the next)', () => {
    expect([-5, 0, 9.9, 10, 15, 20, 99].map((t) => pointAt(series, t))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});
