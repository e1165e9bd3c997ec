import { describe, expect, it } from 'vitest';
import { summarize } from '../trace/summary';
import type { Params, StrategyId } from '../trace/scenario';
import { defaultScenario, simulateScenario } from './run';

const run = (strategy: StrategyId, over: Partial<Params> = {}) =>
  summarize(simulateScenario(defaultScenario(strategy, over)));

describe("the tutorial's figures: 5 requests to a 3-second endpoint", () => {
  const work = { tasks: 5, latencyMs: 3000, overheadMs: 3, cpuMs: 0 };

  it('takes 15 s one after another (each requests.get also costs its thread 1.5 ms of CPU)', () => {
    expect(run('sequential', work).makespanMs).toBe(5 * (3003 + 1.5));
  });

  it('still takes 15 s with async def around requests.get', () => {
    expect(run('async-blocking', work).makespanMs).toBe(5 * (3003 + 1.5));
  });

  it('takes about 3 s with asyncio + aiohttp (five 0.2 ms sends, then five 0.2 ms reads on the loop)', () => {
    const s = run('asyncio-gather', work);
    expect(s.makespanMs).toBeCloseTo(5 * 0.2 + 3003 + 0.2, 9);
    expect(s.peakInFlight).toBe(5);
  });
});
