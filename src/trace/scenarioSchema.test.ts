import { describe, expect, it } from 'vitest';
import { NUMERIC_PARAMS } from './params';
import { ScenarioSchema } from './scenarioSchema';
import { STRATEGY_IDS } from './scenario';
import { TEST_SCENARIO } from './testing/build';

describe('ScenarioSchema', () => {
  it('accepts a scenario for every strategy', () => {
    for (const strategy of STRATEGY_IDS)
      expect(ScenarioSchema.safeParse({ ...TEST_SCENARIO, strategy }).success).toBe(true);
  });

  it('accepts the bounds themselves and rejects one step beyond', () => {
    for (const { key, unit, file } of Object.values(NUMERIC_PARAMS)) {
      const { min, max } = file;
      const step = unit === 'ms' ? 0.001 : 1;
      const at = (value: number): boolean =>
        ScenarioSchema.safeParse({ ...TEST_SCENARIO, params: { ...TEST_SCENARIO.params, [key]: value } })
          .success;
      expect([at(min), at(max), at(min - step), at(max + step)], key).toEqual([true, true, false, false]);
    }
  });

  it("accepts every value a run accepts (a run's bounds lie inside the file's)", () => {
    for (const { key, min, max, file } of Object.values(NUMERIC_PARAMS))
      expect([file.min <= min, max <= file.max], key).toEqual([true, true]);
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
