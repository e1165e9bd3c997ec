import { describe, expect, it } from 'vitest';
import { simulateScenario } from './run';
import { makespan } from '../trace/makespan';
import { jobCost, mergeSweeps, poolParam, runSweep, shardOf, sweepJobs, SWEEP_VALUES } from './scalingSweep';

const base = { tasks: 20, latencyMs: 100, cpuMs: 10, pool: 4, cores: 4 };

describe('scaling sweep', () => {
  it('has 12 values of N from 1 to 100,000', () => {
    expect(SWEEP_VALUES.tasks).toHaveLength(12);
    expect(SWEEP_VALUES.tasks[0]).toBe(1);
    expect(SWEEP_VALUES.tasks.at(-1)).toBe(100_000);
  });

  it('varies only the swept value, and skips the pool curve of strategies without a pool', () => {
    const jobs = sweepJobs({ strategies: ['sequential', 'thread-pool', 'asyncio-semaphore'], base, seed: 1 });
    const pool = jobs.filter((j) => j.axis === 'pool');
    expect(new Set(pool.map((j) => j.strategy))).toEqual(new Set(['thread-pool', 'asyncio-semaphore']));
    expect(
      pool.filter((j) => j.strategy === 'asyncio-semaphore').map((j) => j.scenario.params.concurrency),
    ).toEqual(SWEEP_VALUES.pool);
    const cpu = jobs.filter((j) => j.axis === 'cpuMs' && j.strategy === 'thread-pool');
    expect(cpu.map((j) => j.scenario.params.cpuMs)).toEqual(SWEEP_VALUES.cpuMs);
    expect(
      new Set(
        cpu.map(
          (j) => `${j.scenario.params.tasks}/${j.scenario.params.workers}/${j.scenario.params.latencyMs}`,
        ),
      ),
    ).toEqual(new Set([`20/4/${base.latencyMs}`]));
    expect(poolParam('asyncio-gather')).toBe('connectorLimit');
    expect(poolParam('sequential')).toBeNull();
  });

  it('each point is the makespan the simulator gives for that scenario', () => {
    const request = { strategies: ['thread-pool'] as const, base, seed: 1, axes: ['pool', 'cpuMs'] as const };
    const result = runSweep(request, () => 0);
    const jobs = sweepJobs(request);
    for (const job of jobs.filter((_, i) => i % 4 === 0)) {
      const series = result.series.find((s) => s.axis === job.axis && s.strategy === job.strategy)!;
      const point = series.points.find((p) => p.x === job.x)!;
      expect(point.makespanMs).toBe(makespan(simulateScenario(job.scenario)));
      expect(point.throughputPerS).toBeCloseTo((job.scenario.params.tasks / point.makespanMs) * 1000, 6);
    }
  });

  it('sequential grows linearly with N; more threads shorten an I/O-bound run', () => {
    const values = { tasks: [10, 100, 1000] };
    const r = runSweep(
      {
        strategies: ['sequential', 'thread-pool'],
        base: { ...base, cpuMs: 0 },
        seed: 1,
        axes: ['tasks', 'pool'],
        values,
      },
      () => 0,
    );
    const seq = r.series.find((s) => s.axis === 'tasks' && s.strategy === 'sequential')!.points;
    const at = (x: number) => seq.find((p) => p.x === x)!.makespanMs;
    expect(at(1000) / at(100)).toBeCloseTo(10, 1);
    const threads = r.series.find((s) => s.axis === 'pool')!.points;
    expect(threads[0].makespanMs).toBeGreaterThan(threads[3].makespanMs * 4);
  });

  it('two shards of similar cost make the same sweep as one worker', () => {
    const request = {
      strategies: ['sequential', 'thread-pool'] as const,
      base,
      seed: 1,
      values: { tasks: [1, 10, 100, 1000, 2000] },
    };
    const owner = shardOf(sweepJobs(request), 2);
    const costs = [0, 1].map((s) =>
      sweepJobs(request)
        .filter((_, i) => owner[i] === s)
        .reduce((n, j) => n + jobCost(j), 0),
    );
    expect(Math.max(...costs) / Math.min(...costs)).toBeLessThan(1.5);
    const whole = runSweep(request, () => 0);
    const merged = mergeSweeps(request, [
      runSweep(request, () => 0, undefined, { index: 1, count: 2 }),
      runSweep(request, () => 0, undefined, { index: 0, count: 2 }),
    ]);
    expect(merged.series).toEqual(whole.series);
  });

  it('reports progress that only grows and ends at 1', () => {
    const seen: number[] = [];
    runSweep(
      { strategies: ['sequential'], base, seed: 1, axes: ['cpuMs'] },
      () => 0,
      (f) => seen.push(f),
    );
    expect(seen).toHaveLength(SWEEP_VALUES.cpuMs.length);
    expect(seen.every((f, i) => i === 0 || f > seen[i - 1])).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });
});
