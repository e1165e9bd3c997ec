import { describe, expect, it } from 'vitest';
import { asyncioTrace } from '../gantt/testTraces';
import { pairTraces } from './pairTraces';

const labels = { live: (l: string) => `${l} · live`, sim: (l: string) => `${l} · sim` };

describe('pairTraces (live vs simulated, rows aligned)', () => {
  it('puts each simulated task right under its live twin, with ids that never collide', () => {
    const live = { ...asyncioTrace(3, 3000), engine: 'live' as const };
    const sim = asyncioTrace(3, 2500);
    const paired = pairTraces(live, sim, labels);
    expect(paired.tasks.map((t) => t.label)).toEqual([
      'task 1 · live',
      'task 1 · sim',
      'task 2 · live',
      'task 2 · sim',
      'task 3 · live',
      'task 3 · sim',
    ]);
    expect(new Set(paired.tasks.map((t) => t.id)).size).toBe(6);
    const laneIds = new Set(paired.lanes.map((l) => l.id));
    for (const task of paired.tasks) for (const s of task.segments) expect(laneIds.has(s.lane)).toBe(true);
    for (const e of paired.events) expect(laneIds.has(e.lane)).toBe(true);
    expect(paired.engine).toBe('live');
  });
});
