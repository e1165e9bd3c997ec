import { describe, expect, it } from 'vitest';
import { layoutGantt } from './layout';
import { firstFocus, itemAt, moveFocus } from './navigation';
import { asyncioTrace, processPoolTrace } from './testTraces';

const rows = layoutGantt(asyncioTrace(5), 'tasks').rows;

describe('keyboard focus', () => {
  it('starts on the first item in view', () => {
    expect(firstFocus(rows, [0, 5000])).toEqual({ row: 0, item: 0 });
    expect(firstFocus(rows, [100, 200])).toEqual({ row: 0, item: 1 });
    expect(firstFocus(rows, [0, 5000], 3)).toEqual({ row: 3, item: 0 });
  });

  it('steps through items and rows, keeping the time', () => {
    expect(moveFocus(rows, { row: 0, item: 0 }, 'ArrowRight')).toEqual({ row: 0, item: 1 });
    expect(moveFocus(rows, { row: 0, item: 0 }, 'ArrowLeft')).toEqual({ row: 0, item: 0 });
    // task 1's suspended span (2–3,002 ms) sits over task 2's suspended span.
    expect(moveFocus(rows, { row: 0, item: 1 }, 'ArrowDown')).toEqual({ row: 1, item: 2 });
    expect(moveFocus(rows, { row: 4, item: 0 }, 'PageUp')).toMatchObject({ row: 0 });
    expect(moveFocus(rows, { row: 0, item: 0 }, 'End')).toEqual({ row: 0, item: 3 });
  });

  it('skips rows with nothing to focus', () => {
    const lanes = layoutGantt(processPoolTrace(), 'lanes').rows;
    const from = { row: 1, item: 0 };
    expect(moveFocus(lanes, from, 'ArrowDown').row).toBe(2);
  });
});

describe('pointer hit test', () => {
  it('finds the item under the pointer, or nothing far from any', () => {
    expect(itemAt(rows[2], 1000, 1, null)).toBe(2);
    expect(itemAt(rows[2], 99_999, 10, null)).toBe(-1);
    const loop = layoutGantt(asyncioTrace(5), 'lanes').rows[1];
    expect(loop.items[itemAt(loop, 1000, 1, 'wait')].state).toBe('suspended');
    expect(loop.items[itemAt(loop, 1, 0.5, 'main')]).toMatchObject({
      state: 'running',
      who: { kind: 'named', name: 'task 1' },
    });
  });
});
