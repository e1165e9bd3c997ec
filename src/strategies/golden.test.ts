/**
 * Golden traces: every strategy's default picture, shrunk to a few tasks, checked in as text under golden/.
 * An unintended change to any lane, label, segment or event fails here as a line diff. After an intended
 * change, regenerate and review the diff in the commit:
 *   npx vitest run -u src/strategies/golden.test.ts
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Params, Scenario } from '../trace/scenario';
import { goldenText } from '../trace/testing/golden';
import { STRATEGIES } from './catalogue';
import { defaultScenario, simulateScenario } from './run';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

/** A strategy's default scenario with at most 5 tasks and pools of at most 2, so a golden stays readable. */
function goldenScenario(scenario: Scenario): Scenario {
  const { params } = scenario;
  const small: Params = {
    ...params,
    tasks: Math.min(params.tasks, 5),
    workers: Math.min(params.workers, 2),
    concurrency: Math.min(params.concurrency, 2),
  };
  return { ...scenario, params: small };
}

describe('golden traces', () => {
  it.each(STRATEGIES.map((s) => [s.id, s] as const))(
    '%s draws the checked-in picture',
    async (id, strategy) => {
      const trace = simulateScenario(goldenScenario(defaultScenario(id)));
      await expect(goldenText(trace, strategy.params)).toMatchFileSnapshot(`./golden/${id}.txt`);
    },
  );

  it('has no golden for a strategy that no longer exists', () => {
    const ids = new Set<string>(STRATEGIES.map((s) => s.id));
    const stale = readdirSync(GOLDEN_DIR).filter((file) => !ids.has(file.replace(/\.txt$/, '')));
    expect(stale).toEqual([]);
  });
});
