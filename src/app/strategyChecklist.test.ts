import { describe, expect, it } from 'vitest';
import { LIVE_RUNNERS } from '../live/runners';
import {
  COMPARABLE,
  STRATEGIES,
  getStrategy,
  simulateScenario,
  defaultParams,
  defaultScenario,
} from '../strategies';
import { strategyText } from '../strategies/i18n';
import { parseTrace } from '../trace/schema';
import { STRATEGY_IDS } from '../trace/scenario';

// The checklist of src/strategies/README.md, one test per strategy: a strategy that lacks a part fails here
// (most parts are type errors first: the catalogue, the Chinese text and the live runners are records by id).
describe.each(STRATEGY_IDS.map((id) => [id]))('strategy %s', (id) => {
  const strategy = getStrategy(id);

  it('has its record in the catalogue, with a title, Python source and parameters', () => {
    expect(strategy.id).toBe(id);
    expect(STRATEGIES.filter((s) => s.id === id)).toHaveLength(1);
    expect(strategy.title.trim()).not.toBe('');
    expect(strategy.program(defaultParams(strategy.id)).trim()).not.toBe('');
    expect(strategy.params.length).toBeGreaterThan(0);
    expect(new Set(strategy.params).size).toBe(strategy.params.length);
  });

  it('simulates its default scenario into a trace the schema accepts', () => {
    const trace = simulateScenario(defaultScenario(id));
    expect(trace.scenario.strategy).toBe(id);
    expect(parseTrace(JSON.parse(JSON.stringify(trace))).ok).toBe(true);
  });

  it('has its words in Chinese and a live runner', () => {
    expect(strategyText(strategy, 'zh-CN').title.trim()).not.toBe('');
    expect(LIVE_RUNNERS[id].source.trim()).not.toBe('');
  });

  it('has a style, and Compare and Scaling know what to vary and what a sweep costs', () => {
    expect(strategy.style.color).not.toBe('');
    const comparison = strategy.comparison;
    expect(COMPARABLE.includes(id)).toBe(comparison !== null);
    if (!comparison) return;
    if (comparison.poolParam) expect(strategy.params).toContain(comparison.poolParam);
    for (const cost of comparison.sweepCost) expect(cost).toBeGreaterThan(0);
  });
});

describe('the catalogue', () => {
  it('draws no two comparable strategies alike (colour and dash)', () => {
    const looks = COMPARABLE.map((id) => JSON.stringify(getStrategy(id).style));
    expect(new Set(looks).size).toBe(looks.length);
  });
});
