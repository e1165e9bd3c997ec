import { describe, expect, it } from 'vitest';
import { layoutGantt } from './layout';
import { asyncioTrace, manyTasksTrace } from './testTraces';
import { ganttWords } from './words';

describe('the Gantt’s words, put on the layout where it is drawn', () => {
  it('words rows, waiting bands and lane notes in English and Chinese from one language-free layout', () => {
    const lanes = layoutGantt(asyncioTrace(5), 'lanes');
    const loop = lanes.rows[1];
    const wait = loop.items.find((i) => i.state === 'suspended');
    if (wait === undefined) throw new Error('no waiting band');
    expect(loop.waits).toEqual({ waiting: 5, queued: 0 });
    const en = ganttWords('en');
    const zh = ganttWords('zh-CN');
    expect([en.row(loop), en.waits(loop), en.who(wait)]).toEqual(['event loop', '≤5 waiting', '1–5 tasks']);
    expect([zh.row(loop), zh.waits(loop), zh.who(wait)]).toEqual(['事件循环', '≤5 等待', '1–5 个任务']);
    const tasks = layoutGantt(asyncioTrace(5), 'tasks');
    expect(zh.row(tasks.rows[2])).toBe('任务 3');
    expect(zh.where(tasks.rows[2].items[0])).toBe('事件循环');
  });

  it('words a grouped row and its share of tasks', () => {
    const grouped = layoutGantt(manyTasksTrace(10_000), 'tasks');
    expect(grouped.mode).toBe('grouped');
    const row = grouped.rows[0];
    const item = row.items[0];
    expect(ganttWords('en').row(row)).toMatch(/^tasks 1–\d+$/);
    expect(ganttWords('zh-CN').row(row)).toMatch(/^任务 1–\d+$/);
    expect(ganttWords('en').share(item)).toMatch(/ of \d+ tasks$/);
    expect(ganttWords('zh-CN').share(item)).toMatch(/^\d+ 个任务中的/);
  });

  it('counts past a thousand compactly under a lane', () => {
    const row = {
      ...layoutGantt(asyncioTrace(5), 'lanes').rows[1],
      waits: { waiting: 9_940, queued: 12_000 },
    };
    expect(ganttWords('en').waits(row)).toBe('≤9.9k waiting · ≤12k queued');
  });
});
