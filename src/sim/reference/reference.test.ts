import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateScenario, STRATEGIES } from '../../strategies';
import { observe } from './observe';
import { referenceRun } from './run';
import { arbScenario } from './scenarios';

// The fast engine and the 1 ms time-stepped reference must agree exactly on every task's finish time, every
// request's send time and the makespan, GIL and core round-robin included (see run.ts for the rules).
// REF_RUNS=5000 npx vitest run src/sim/reference searches harder.
describe('fast engine = time-stepped reference', () => {
  for (const { id } of STRATEGIES) {
    it(`agrees on ${id}`, () => {
      fc.assert(
        fc.property(arbScenario(id), (scenario) => {
          expect(observe(simulateScenario(scenario))).toEqual(referenceRun(scenario));
        }),
        { numRuns: Number(process.env.REF_RUNS ?? 60) },
      );
    });
  }
});
