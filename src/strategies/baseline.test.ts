import { describe, expect, it } from 'vitest';
import { STRATEGIES } from './catalogue';
import { defaultParams, defaultScenario, simulateScenario } from './run';
import { makespan } from '../trace/makespan';
import { BASELINE_MAX_TASKS, baselineFor, rememberBaseline, sequentialOf } from './baseline';

const run = (strategy: 'sequential' | 'asyncio-gather', tasks: number) =>
  simulateScenario({ strategy, params: { ...defaultParams(strategy), tasks, latencyMs: 100 }, seed: 5 });

describe('sequential baseline', () => {
  it('simulates sequential with the same work', () => {
    const gather = run('asyncio-gather', 4);
    const baseline = baselineFor(gather);
    expect(baseline).toEqual({ kind: 'ok', makespanMs: makespan(run('sequential', 4)) });
    expect(baselineFor(gather)).toBe(baseline); // memoised
  });

  it("runs for every strategy's defaults, whose own knobs may be out of sequential's bounds", () => {
    // run_in_executor's workers = 0 (the default executor) failed it: "scenario cannot run: workers".
    for (const { id } of STRATEGIES) {
      if (id === 'sequential') continue;
      expect(baselineFor(simulateScenario(defaultScenario(id))).kind, id).toBe('ok');
    }
  });

  it('is the makespan of the full sequential simulation (computed in outcome mode)', () => {
    for (const [tasks, jitterMs, cpuMs, seed] of [
      [7, 0, 0, 1],
      [40, 250, 5, 2],
      [300, 900, 20, 3],
    ]) {
      const params = { ...defaultParams('asyncio-gather'), tasks, jitterMs, cpuMs };
      const gather = simulateScenario({ strategy: 'asyncio-gather', params, seed });
      const requestCpuMs = defaultParams('sequential').requestCpuMs; // requests' own, as baselineFor uses
      const sequential = simulateScenario({
        strategy: 'sequential',
        params: { ...params, requestCpuMs },
        seed,
      });
      expect(baselineFor(gather)).toEqual({ kind: 'ok', makespanMs: makespan(sequential) });
    }
  });

  it('is the run itself for sequential, and skipped for very large runs', () => {
    expect(baselineFor(run('sequential', 3))).toEqual({ kind: 'same' });
    const small = run('asyncio-gather', 1);
    const params = { ...small.scenario.params, tasks: BASELINE_MAX_TASKS + 1 };
    const large = { ...small, scenario: { ...small.scenario, params } };
    expect(baselineFor(large)).toEqual({ kind: 'too-large', tasks: BASELINE_MAX_TASKS + 1 });
  });

  it('is one cache keyed by the baseline itself: every strategy doing the same work reads the same entry', () => {
    const gather = run('asyncio-gather', 6);
    const threads = simulateScenario({
      strategy: 'thread-pool',
      params: { ...defaultParams('thread-pool'), tasks: 6, latencyMs: 100, workers: 3 },
      seed: 5,
    });
    expect(sequentialOf(threads.scenario)).toEqual(sequentialOf(gather.scenario));
    rememberBaseline(sequentialOf(gather.scenario), { kind: 'ok', makespanMs: 1234 });
    expect(baselineFor(threads)).toEqual({ kind: 'ok', makespanMs: 1234 });
  });
});
