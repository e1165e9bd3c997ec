import { describe, expect, it, vi } from 'vitest';
import { layoutGroups } from './layoutGroups';
import * as stack from './stack';
import type * as StackModule from './stack';
import { manyTasksTrace } from './testTraces';

vi.mock('./stack', async (importOriginal) => {
  const real = await importOriginal<typeof StackModule>();
  return { ...real, buildStack: vi.fn(real.buildStack) };
});

describe('grouped rows, drawn when read', () => {
  it('lays out 10,000 tasks without drawing a row, and draws each row once, when it is read', () => {
    const build = vi.mocked(stack.buildStack);
    build.mockClear();
    const layout = layoutGroups(manyTasksTrace(10_000));
    expect(layout.rows).toHaveLength(200);
    expect(layout.rows[7].label).toBe('tasks 351–400');
    expect(build).not.toHaveBeenCalled();
    const row = layout.rows[7];
    expect(row.items.length).toBeGreaterThan(0);
    expect(row.stack?.max).toBe(50);
    expect(row.markers).toEqual([]);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
