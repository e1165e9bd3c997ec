import { describe, expect, it } from 'vitest';
import { summarize } from '../trace/summary';
import { STRATEGIES } from './catalogue';
import { defaultScenario, simulateOutcome, simulateScenario } from './run';

describe('simulateOutcome', () => {
  it('gives the same makespan and throughput as the full trace, for every strategy', () => {
    for (const s of STRATEGIES) {
      for (const over of [{}, { tasks: 37, cpuMs: 12, jitterMs: 40, workers: 3 }]) {
        const scenario = defaultScenario(s.id, over, 7);
        const full = summarize(simulateScenario(scenario));
        const outcome = simulateOutcome(scenario);
        expect(outcome.makespanMs).toBe(full.makespanMs);
        expect(outcome.throughputPerS).toBe(full.throughputPerS);
      }
    }
  });
});
