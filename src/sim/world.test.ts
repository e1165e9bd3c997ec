import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateOutcome } from '../strategies';
import { ThreadWorker } from './threadWorker';
import { World } from './world';

describe('World.last', () => {
  it('keeps the last run and its loops and threads alive (their maps, and so the optimised simulator) until the next run', () => {
    simulateOutcome(defaultScenario('thread-pool', { workers: 3 }));
    const first = World.last;
    expect(first?.scenario.strategy).toBe('thread-pool');
    expect(first?.components.filter((c) => c instanceof ThreadWorker)).toHaveLength(3);
    simulateOutcome(defaultScenario('asyncio-gather'));
    expect(World.last).not.toBe(first);
    expect(World.last?.scenario.strategy).toBe('asyncio-gather');
  });
});
