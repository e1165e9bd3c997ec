import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT, ROW_HEIGHT } from './geometry';
import { layoutGantt } from './layout';
import { mainBand, waitBand } from './shapes';
import { labelScale, MAX_STRETCH, stretchRows } from './stretch';
import { asyncioTrace } from './testTraces';

describe('stretchRows (presentation mode fills the slide)', () => {
  const base = layoutGantt(asyncioTrace(), 'tasks');

  it('grows the rows to fill the height, up to the cap', () => {
    const rows = base.rows.length;
    const roomy = stretchRows(base, AXIS_HEIGHT + 2 + rows * 40);
    expect(roomy.rowHeight).toBe(40);
    expect(stretchRows(base, 5000).rowHeight).toBe(ROW_HEIGHT.task * MAX_STRETCH);
    expect(labelScale(roomy, base)).toBeGreaterThan(1);
  });

  it('never shrinks rows that already overflow', () => {
    expect(stretchRows(base, 40)).toBe(base);
  });

  it('draws stretched bars in proportion, and unstretched ones exactly as before', () => {
    expect(mainBand(ROW_HEIGHT.task, 'task')).toEqual({ top: 4, height: 14 });
    expect(mainBand(44, 'task')).toEqual({ top: 8, height: 28 });
    expect(mainBand(ROW_HEIGHT.lane, 'lane')).toEqual({ top: 4, height: 16 });
    expect(waitBand(ROW_HEIGHT.lane)).toEqual({ top: 23, height: 10 });
    expect(waitBand(72)).toEqual({ top: 46, height: 20 });
  });
});
