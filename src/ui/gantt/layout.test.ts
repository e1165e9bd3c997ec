import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../../strategies';
import { layoutGantt } from './layout';
import { groupLabel, niceGroupSize } from './layoutGroups';
import { asyncioTrace, manyTasksTrace, processPoolTrace, taskOf, threadPoolTrace } from './testTraces';
import { ganttWords } from './words';

const words = ganttWords('en');

describe('layoutGantt, task view', () => {
  it('gives one row per task, labelled, with its segments and end marker', () => {
    const layout = layoutGantt(asyncioTrace(5), 'tasks');
    expect(layout.mode).toBe('rows');
    expect(layout.rows.map((r) => r.label)).toEqual(['task 1', 'task 2', 'task 3', 'task 4', 'task 5']);
    const row3 = layout.rows[2];
    expect(row3.items.map((i) => i.state)).toEqual(['ready', 'running', 'suspended', 'ready', 'running']);
    expect(row3.items[2]).toMatchObject({ start: 6, end: 3006, where: 'event loop' });
    expect(row3.markers.map((m) => m.kind)).toEqual(['suspend', 'resume', 'done']);
    expect(layout.extent).toEqual([0, 3020.5]);
  });

  it('marks failed tasks with a failed marker', () => {
    const row = layoutGantt(threadPoolTrace(), 'tasks').rows[5];
    expect(row.markers.at(-1)?.kind).toBe('failed');
  });

  it('virtualises past a few hundred rows and groups past 2,000 tasks', () => {
    expect(layoutGantt(manyTasksTrace(500), 'tasks')).toMatchObject({ mode: 'virtual' });
    const big = layoutGantt(manyTasksTrace(10_000), 'tasks');
    expect(big).toMatchObject({ mode: 'grouped', groupSize: 50, taskCount: 10_000 });
    expect(big.rows).toHaveLength(200);
    expect(big.rows[0].label).toBe('tasks 1–50');
    expect(big.rows[0].items[0]).toMatchObject({ state: 'running', share: { min: 50, max: 50, size: 50 } });
    expect(words.share(big.rows[0].items[0])).toBe('50 of 50 tasks');
    expect(big.rows[0].items[1]).toMatchObject({ state: 'suspended', start: 0.1 });
  });
});

describe('layoutGantt, lane view', () => {
  it('nests lanes by parent and draws start-up in the main band', () => {
    const layout = layoutGantt(processPoolTrace(), 'lanes');
    expect(layout.rows.map((r) => [r.label, r.depth])).toEqual([
      ['main process', 0],
      ['process 1', 1],
      ['process 2', 1],
      ['process 3', 1],
    ]);
    const p1 = layout.rows[1];
    expect(p1.items[0]).toMatchObject({ state: 'startup', start: 10, end: 510, band: 'main' });
    expect(p1.markers.map((m) => m.kind)).toEqual(['exit']);
    // Queued tasks wait in the main process, counted in its waiting band.
    expect(layout.rows[0].items.every((i) => i.band === 'wait' && i.state === 'queued')).toBe(true);
  });

  it('counts the suspended tasks of an event loop instead of stacking bars', () => {
    const layout = layoutGantt(asyncioTrace(5), 'lanes');
    const loop = layout.rows[1];
    const main = loop.items.filter((i) => i.band === 'main');
    expect(main).toHaveLength(10);
    expect(main.every((i) => i.state === 'running' && words.who(i).startsWith('task '))).toBe(true);
    const suspended = loop.items.filter((i) => i.state === 'suspended');
    expect(suspended).toHaveLength(1);
    expect(suspended[0]).toMatchObject({
      band: 'wait',
      start: 2,
      end: 3010,
      who: { kind: 'waiting', min: 1, max: 5 },
    });
    expect(words.who(suspended[0])).toBe('1–5 tasks');
    expect(ganttWords('zh-CN').who(suspended[0])).not.toBe('1–5 tasks');
    expect(layout.stackMax).toBe(5);
  });

  it('shows failed tasks on the lane they ended on', () => {
    const layout = layoutGantt(threadPoolTrace(), 'lanes');
    expect(layout.rows.find((r) => r.label === 'thread 2')?.markers).toEqual([
      { kind: 'failed', time: 2030 },
    ]);
  });
});

describe('layoutGantt, done-callbacks', () => {
  const trace = simulateScenario(defaultScenario('done-callbacks'));
  const callbacks = trace.events.filter((e) => e.kind === 'callback');

  it('draws each callback as work on the loop, named by its task, in the lane view', () => {
    const loop = layoutGantt(trace, 'lanes').rows.find((r) => r.id === 'main/loop');
    const bars = loop?.items.filter((i) => i.state === 'callback') ?? [];
    expect(bars.map((b) => [words.who(b), b.start, b.end, b.band])).toEqual(
      callbacks.map((c) => [trace.tasks.find((t) => t.id === c.task)?.label, c.time, c.end, 'main']),
    );
    expect(loop?.markers.filter((m) => m.kind === 'callback')).toHaveLength(callbacks.length);
  });

  it('draws a task’s callback on its own row, after its end', () => {
    const rows = layoutGantt(trace, 'tasks').rows;
    for (const c of callbacks) {
      const row = rows.find((r) => r.id === c.task);
      const done = row?.markers.find((m) => m.kind === 'done')?.time ?? Infinity;
      const bar = row?.items.find((i) => i.state === 'callback');
      expect(bar).toMatchObject({ start: c.time, end: c.end, where: 'event loop' });
      expect(bar?.start).toBeGreaterThanOrEqual(done);
    }
  });
});

describe('helpers', () => {
  it('picks nice group sizes and labels', () => {
    expect([1, 3, 11, 21, 26, 51, 101].map(niceGroupSize)).toEqual([1, 5, 20, 25, 50, 100, 200]);
    expect(groupLabel(taskOf(1, 'l', 0, []), taskOf(50, 'l', 0, []))).toBe('tasks 1–50');
    expect(groupLabel({ ...taskOf(1, 'l', 0, []), label: 'GET /a' }, taskOf(9, 'l', 0, []))).toBe(
      'GET /a – task 9',
    );
  });
});
