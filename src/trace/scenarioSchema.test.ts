import { describe, expect, it } from 'vitest';
import { PARAM_LIMITS, ScenarioSchema } from './scenarioSchema';
import { STRATEGY_IDS } from './scenario';
import { TEST_SCENARIO } from './testing/build';

describe('ScenarioSchema', () => {
  it('accepts a scenario for every strategy', () => {
    for (const strategy of STRATEGY_IDS)
      expect(ScenarioSchema.safeParse({ ...TEST_SCENARIO, strategy }).success).toBe(true);
  });

  it('accepts the bounds themselves and rejects one step beyond', () => {
    for (const [key, { min, max }] of Object.entries(PARAM_LIMITS)) {
      const at = (value: number): boolean =>
        ScenarioSchema.safeParse({ ...TEST_SCENARIO, params: { ...TEST_SCENARIO.params, [key]: value } })
          .success;
      expect([at(min), at(max), at(min - 1), at(max + 1)], key).toEqual([true, true, false, false]);
    }
  });

  it('accepts zero durations and a zero connector limit (no limit)', () => {
    const params = {
      ...TEST_SCENARIO.params,
      latencyMs: 0,
      cpuMs: 0,
      startupMs: 0,
      connectorLimit: 0,
      chunksize: 0,
    };
    expect(ScenarioSchema.safeParse({ ...TEST_SCENARIO, params }).success).toBe(true);
  });
});
