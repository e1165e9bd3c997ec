import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../strategies';
import { calibrate } from './calibrate';

describe('calibrate', () => {
  it('puts the measured start-up into a strategy that has processes to start', () => {
    const scenario = defaultScenario('aiomultiprocess');
    expect(calibrate(scenario, { startupMs: 48.5 }).params).toEqual({ ...scenario.params, startupMs: 48.5 });
  });
  it('leaves other strategies, and runs without workers, as they are', () => {
    const threads = defaultScenario('thread-pool');
    expect(calibrate(threads, { startupMs: 48.5 })).toBe(threads);
    const pool = defaultScenario('process-pool');
    expect(calibrate(pool, {})).toBe(pool);
  });
});
