import { describe, expect, it } from 'vitest';
import { Recorder } from '../sim/recorder';
import { WorkLimitExceeded, RUN_LIMITS } from '../sim/budget';
import { Clock } from '../sim/clock';
import type { Params, StrategyId } from '../trace/scenario';
import { checkBudget, estimateWork, OverBudget } from './budget';
import { defaultScenario, simulateOutcome, simulateScenario } from './run';

const scenario = (strategy: StrategyId, params: Partial<Params>) => {
  const s = defaultScenario(strategy);
  return { ...s, params: { ...s.params, ...params } };
};

const countOf = (trace: ReturnType<typeof simulateScenario>) => ({
  segments: trace.tasks.reduce((n, t) => n + t.segments.length, 0),
  events: trace.events.length,
});

describe('run budget (issue 14)', () => {
  it('refuses the links that crashed the tab, at once, naming the parameters and what fits', () => {
    for (const [strategy, params] of [
      ['aiomultiprocess', { tasks: 100_000, workers: 256, concurrency: 1, cpuMs: 10_000, startupMs: 10_000 }],
      ['thread-pool', { tasks: 100_000, workers: 256, cpuMs: 10_000 }],
      ['thread-pool', { tasks: 2000, workers: 256, cpuMs: 10_000 }],
    ] as const) {
      const problem = checkBudget(scenario(strategy, params));
      expect(problem?.stage).toBe('estimate');
      expect(problem?.kind).toBe('segments');
      expect(problem?.tasks).toBe(params.tasks);
      // What it proposes does fit.
      const fewer = scenario(strategy, { ...params, tasks: problem?.fitTasks ?? 0 });
      expect(checkBudget(fewer)).toBeNull();
      const lighter = scenario(strategy, { ...params, cpuMs: problem?.fitCpuMs ?? 0 });
      if (problem?.fitCpuMs !== null) expect(checkBudget(lighter)).toBeNull();
      expect(() => simulateScenario(scenario(strategy, params))).toThrow(OverBudget);
    }
    expect(checkBudget(scenario('thread-pool', { tasks: 2000, workers: 256, cpuMs: 10_000 }))).toMatchObject({
      count: 8_012_000,
      contention: 'gil',
      slicesPerTask: 2000,
      fitTasks: 249,
      fitCpuMs: 1235,
    });
  });

  it('lets every strategy at its defaults and 100,000 tasks run', () => {
    for (const id of [
      'sequential',
      'asyncio-gather',
      'thread-pool',
      'process-pool',
      'aiomultiprocess',
      'task-lifecycle',
    ] as const)
      expect(checkBudget(scenario(id, { tasks: 100_000 })), id).toBeNull();
  });

  it('estimates at least the work a run does, on CPU-bound pools that slice', () => {
    for (const [strategy, params] of [
      ['thread-pool', { tasks: 20, workers: 16, cpuMs: 1000 }],
      ['thread-pool', { tasks: 30, workers: 4, cpuMs: 200 }],
      ['process-pool', { tasks: 20, workers: 8, cores: 4, cpuMs: 1000 }],
      ['aiomultiprocess', { tasks: 20, workers: 8, cores: 2, cpuMs: 500 }],
      ['asyncio-gather', { tasks: 50, cpuMs: 100 }],
      ['sequential', { tasks: 50, cpuMs: 100 }],
    ] as const) {
      const s = scenario(strategy, params);
      const actual = countOf(simulateScenario(s));
      const estimate = estimateWork(s);
      expect(estimate.segments, strategy).toBeGreaterThanOrEqual(actual.segments);
      expect(estimate.events, strategy).toBeGreaterThanOrEqual(actual.events);
    }
  });

  it('stops a run that goes past its budget while it runs', () => {
    const recorder = new Recorder('full', { ...RUN_LIMITS, segments: 3 });
    const task = recorder.addTask('t', 'p', 'ready', 0);
    recorder.state(task, 'running', 'p', 1);
    recorder.state(task, 'ready', 'p', 2);
    recorder.state(task, 'running', 'p', 3);
    expect(() => recorder.state(task, 'ready', 'p', 4)).toThrow(WorkLimitExceeded);
    const clock = new Clock(10);
    const tick = () => clock.later(1, tick);
    tick();
    expect(() => clock.run()).toThrow(new WorkLimitExceeded('steps', 10, 11));
  });

  it('bounds the outcome mode by its steps only', () => {
    const big = scenario('thread-pool', { tasks: 100_000, workers: 256, cpuMs: 10_000 });
    expect(checkBudget(big, 'outcome')?.kind).toBe('steps');
    expect(() => simulateOutcome(big)).toThrow(OverBudget);
  });
});
