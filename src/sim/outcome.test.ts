import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateOutcome, simulateScenario, STRATEGIES } from '../strategies';
import { makespan, throughput } from '../trace/makespan';
import { arbJitteredParams, arbScenario, arbWholeParams } from './reference/scenarios';

// The outcome mode (the scaling sweep's) records no segments but the last and makes no trace: its makespan and
// throughput must still be exactly those of the full trace, on random scenarios of every strategy.
describe('outcome mode', () => {
  for (const s of STRATEGIES) {
    it(`gives the full trace's makespan and throughput: ${s.id}`, () => {
      fc.assert(
        fc.property(arbScenario(s.id, fc.oneof(arbWholeParams, arbJitteredParams)), (scenario) => {
          const trace = simulateScenario(scenario);
          expect(simulateOutcome(scenario)).toEqual({
            makespanMs: makespan(trace),
            throughputPerS: throughput(trace),
          });
        }),
        { numRuns: 25 },
      );
    });
  }
});
