import { describe, expect, it } from 'vitest';
import { STRATEGIES } from './catalogue';
import { checkParams, defaultParams, defaultScenario } from './run';
import { SHARED_WORK, switchStrategy } from './switchStrategy';

const work = {
  tasks: 100,
  latencyMs: 2500,
  jitterMs: 40,
  jitterKind: 'lognormal',
  overheadMs: 7,
  cpuMs: 12,
} as const;

describe('switchStrategy', () => {
  it('keeps the shared work and the seed, and gives the new strategy its own knobs', () => {
    const from = {
      ...defaultScenario('sequential'),
      params: { ...defaultParams('sequential'), ...work },
      seed: 9,
    };
    const to = switchStrategy(from, 'thread-pool');
    expect(to.strategy).toBe('thread-pool');
    expect(to.seed).toBe(9);
    expect(to.params).toMatchObject(work);
    expect(to.params.workers).toBe(defaultParams('thread-pool').workers);
  });

  it('drops knobs of the old strategy: workers and k go back to the new strategy’s defaults', () => {
    const pool = defaultScenario('process-pool');
    const from = { ...pool, params: { ...pool.params, workers: 12, chunksize: 5, startupMs: 400 } };
    const to = switchStrategy(from, 'asyncio-semaphore');
    const d = defaultParams('asyncio-semaphore');
    expect(to.params).toMatchObject({ workers: d.workers, chunksize: d.chunksize, startupMs: d.startupMs });
    expect(to.params.concurrency).toBe(d.concurrency);
    expect(to.params.tasks).toBe(pool.params.tasks);
  });

  it('takes the default of shared work the new strategy has no control for (asyncio.wait has no client overhead)', () => {
    const from = { ...defaultScenario('sequential'), params: { ...defaultParams('sequential'), ...work } };
    const to = switchStrategy(from, 'asyncio-wait');
    expect(to.params.overheadMs).toBe(defaultParams('asyncio-wait').overheadMs);
    expect(to.params.tasks).toBe(100);
  });

  it('gives every strategy a scenario it accepts, from every strategy', () => {
    for (const a of STRATEGIES)
      for (const b of STRATEGIES) {
        const to = switchStrategy(defaultScenario(a.id), b.id);
        expect(checkParams(to.strategy, to.params, to.seed)).toEqual({});
        for (const key of SHARED_WORK)
          if (
            b.params.includes(key === 'jitterKind' ? 'jitterMs' : key) &&
            a.params.includes(key === 'jitterKind' ? 'jitterMs' : key)
          )
            expect(to.params[key]).toBe(defaultParams(a.id)[key]);
      }
  });
});
