import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../strategies/run';
import { checkLive, LIVE_LIMITS } from './limits';

describe('checkLive', () => {
  it('accepts every default scenario', () => {
    expect(checkLive(defaultScenario('aiomultiprocess'))).toEqual([]);
  });
  it('names each parameter past its limit', () => {
    const s = defaultScenario('thread-pool');
    const out = checkLive({ ...s, params: { ...s.params, tasks: 5000, workers: 17 } });
    expect(out).toEqual([
      { key: 'tasks', limit: LIVE_LIMITS.tasks, value: 5000 },
      { key: 'workers', limit: 16, value: 17 },
    ]);
  });
});
