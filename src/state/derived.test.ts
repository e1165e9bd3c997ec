import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../strategies';
import { DRAWN_AT_ONCE, drawnAtOnce } from './derived';

const gather = (tasks: number) => {
  const s = defaultScenario('asyncio-gather');
  return simulateScenario({ ...s, params: { ...s.params, tasks } });
};

describe('drawnAtOnce: which traces are drawn in the render of the change that made them', () => {
  it('the explorer’s small runs are (100 tasks: a few ms of rendering)', () => {
    expect(drawnAtOnce(gather(100))).toBe(true);
    expect(drawnAtOnce(null)).toBe(true);
  });

  it('runs over the task or segment limit are deferred (a background render React can interrupt)', () => {
    expect(drawnAtOnce(gather(DRAWN_AT_ONCE.tasks + 1))).toBe(false);
    const trace = gather(10);
    const segments = trace.tasks[0].segments;
    const long = {
      ...trace,
      tasks: trace.tasks.map((t) => ({ ...t, segments: Array(10_100).fill(segments[0]) })),
    };
    expect(drawnAtOnce(long)).toBe(false);
  });
});
