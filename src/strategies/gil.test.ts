import { describe, expect, it } from 'vitest';
import { summarize } from '../trace/summary';
import type { Params, StrategyId } from '../trace/scenario';
import { defaultScenario, simulateScenario } from './run';

const run = (strategy: StrategyId, over: Partial<Params> = {}) =>
  summarize(simulateScenario(defaultScenario(strategy, over)));

describe('the GIL', () => {
  const cpuHeavy = { tasks: 8, latencyMs: 10, overheadMs: 0, requestCpuMs: 0, cpuMs: 200, cores: 4 };

  it('CPU-heavy tasks gain nothing from more threads', () => {
    const one = run('thread-pool', { ...cpuHeavy, workers: 1 }).makespanMs;
    const four = run('thread-pool', { ...cpuHeavy, workers: 4 }).makespanMs;
    expect(four).toBeGreaterThanOrEqual(8 * 200);
    expect(four / one).toBeGreaterThan(0.95);
  });

  it('but do gain from processes, up to the number of cores', () => {
    const at = (workers: number, cores: number) =>
      run('process-pool', { ...cpuHeavy, workers, cores, chunksize: 1 }).makespanMs;
    const one = at(1, 4);
    expect(one / at(2, 4)).toBeGreaterThan(1.9);
    expect(one / at(4, 4)).toBeGreaterThan(3.5);
    // More processes than cores: the CPU work cannot go faster than N·cpu / cores.
    expect(at(8, 4)).toBeGreaterThanOrEqual((8 * 200) / 4);
    expect(at(16, 4)).toBeGreaterThanOrEqual((8 * 200) / 4);
    expect(one / at(4, 2)).toBeLessThan(2.1);
  });

  it('threads doing CPU work take turns, so their CPU phases stretch out together', () => {
    const trace = simulateScenario(
      defaultScenario('thread-pool', {
        tasks: 2,
        workers: 2,
        latencyMs: 10,
        overheadMs: 0,
        requestCpuMs: 0,
        cpuMs: 100,
      }),
    );
    const finish = trace.tasks.map((t) => t.segments[t.segments.length - 1].end);
    // Both start CPU at 10 ms; interleaved in 5 ms turns, they end within one switch interval of each other.
    expect(Math.abs(finish[0] - finish[1])).toBeLessThanOrEqual(5);
    expect(Math.max(...finish)).toBe(10 + 200);
    expect(trace.tasks[0].segments.some((s) => s.state === 'ready')).toBe(true);
  });
});
