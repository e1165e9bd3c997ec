import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../strategies';
import { resolveStrategy, scenarioFromSearch, searchFromScenario } from './urlScenario';

describe('scenario in the URL', () => {
  it('resolves strategy ids and unambiguous parts of them', () => {
    expect(resolveStrategy('thread-pool')).toBe('thread-pool');
    expect(resolveStrategy('gather')).toBe('asyncio-gather');
    expect(resolveStrategy('asyncio')).toBeNull(); // several match
    expect(resolveStrategy('nope')).toBeNull();
  });

  it('reads a link: defaults of its strategy, overridden by valid values, invalid ones ignored', () => {
    const s = scenarioFromSearch('?strategy=gather&tasks=20&latency=250&workers=-4&seed=9');
    const defaults = defaultScenario('asyncio-gather');
    expect(s).toEqual({
      strategy: 'asyncio-gather',
      seed: 9,
      params: { ...defaults.params, tasks: 20, latencyMs: 250 },
    });
  });

  it('returns null for a link without a scenario', () => {
    expect(scenarioFromSearch('')).toBeNull();
    expect(scenarioFromSearch('?utm=x')).toBeNull();
  });

  it('writes only what differs from the defaults, and reads back the same scenario', () => {
    const d = defaultScenario('thread-pool');
    const scenario = {
      ...d,
      params: { ...d.params, workers: 8, jitterKind: 'lognormal' as const },
      seed: 77,
    };
    const search = searchFromScenario(scenario);
    expect(search).toBe('?strategy=thread-pool&jitter-kind=lognormal&workers=8&seed=77');
    expect(scenarioFromSearch(search)).toEqual(scenario);
    expect(searchFromScenario(d)).toBe('?strategy=thread-pool');
  });
});
