import { describe, expect, it } from 'vitest';
import { DEFAULT_SWEEP_BASE, type SweepSeries } from '../../state/scalingModel';
import { runSweep } from '../../strategies/scalingSweep';
import type { StrategyId } from '../../trace/scenario';
import { cpuFact, poolFact, tasksFact } from './sentences';

const curve = (axis: SweepSeries['axis'], strategy: StrategyId, xs: number[], ms: number[]): SweepSeries => ({
  axis,
  strategy,
  points: xs.map((x, i) => ({ x, makespanMs: ms[i], throughputPerS: 1 })),
});
const POOLS = [1, 2, 4, 8, 16, 32];
const base = { tasks: 100, latencyMs: 100, cpuMs: 50, pool: 8, cores: 4 };

describe('what the N curve shows', () => {
  it('names the fastest and slowest at the largest N, and how the slowest grew', () => {
    const f = tasksFact([
      curve('tasks', 'sequential', [1, 10, 100, 1000], [1000, 10_000, 100_000, 1_000_000]),
      curve('tasks', 'asyncio-gather', [1, 10, 100, 1000], [1000, 1000, 1100, 2000]),
    ]);
    expect(f).toEqual({
      kind: 'pair',
      n: 1000,
      fast: 'asyncio-gather',
      fastMs: 2000,
      slow: 'sequential',
      slowMs: 1_000_000,
      nGrowth: 100,
      growth: 100,
    });
  });
  it('is null without curves', () => expect(tasksFact([])).toBeNull());
});

describe('what the pool curve shows', () => {
  it('threads with CPU work stop helping where the GIL is full', () => {
    // 100 tasks × 50 ms CPU = 5 s on one GIL: past 4 threads the run cannot get shorter.
    const f = poolFact([curve('pool', 'thread-pool', POOLS, [15_000, 7600, 5200, 5150, 5150, 5150])], base);
    expect(f).toEqual({ kind: 'plateau', strategy: 'thread-pool', x: 4, cpuMs: 50, reason: 'gil' });
  });
  it('processes with CPU work are limited by the cores', () => {
    const f = poolFact([curve('pool', 'process-pool', POOLS, [15_000, 7600, 3900, 1350, 1340, 1345])], base);
    expect(f).toMatchObject({ kind: 'plateau', x: 8, reason: 'cores' });
  });
  it('without CPU work, a pool as large as the task count is the end', () => {
    const f = poolFact([curve('pool', 'thread-pool', [1, 10, 100, 1000], [10_000, 1000, 100, 100])], {
      ...base,
      cpuMs: 0,
    });
    expect(f).toMatchObject({ kind: 'plateau', x: 100, reason: 'tasks' });
  });
  it('a curve still falling at its end keeps getting faster', () => {
    expect(poolFact([curve('pool', 'thread-pool', POOLS, [32, 16, 8, 4, 2, 1])], base)).toEqual({
      kind: 'rising',
      strategy: 'thread-pool',
      x: 32,
    });
  });
  it('says so when no strategy has a pool', () => expect(poolFact([], base)).toEqual({ kind: 'none' }));
});

describe('what the CPU curve shows', () => {
  it('compares the gap with no CPU and with the most CPU', () => {
    const f = cpuFact([
      curve('cpuMs', 'sequential', [0, 100], [10_000, 20_000]),
      curve('cpuMs', 'asyncio-gather', [0, 100], [1000, 10_000]),
    ]);
    expect(f).toEqual({
      kind: 'pair',
      fast: 'asyncio-gather',
      slow: 'sequential',
      cpuMs: 100,
      factor0: 10,
      factor1: 2,
    });
  });
  it('describes a lone curve by its ends', () => {
    expect(cpuFact([curve('cpuMs', 'thread-pool', [0, 500], [1000, 9000])])).toEqual({
      kind: 'one',
      strategy: 'thread-pool',
      cpuMs: 500,
      t0: 1000,
      t1: 9000,
    });
  });
});

describe('the default Scaling screen, read by its sentences', () => {
  it('threads stop helping at 8 workers when each task burns 50 ms of CPU: the GIL', () => {
    const r = runSweep(
      { strategies: ['thread-pool'], base: DEFAULT_SWEEP_BASE, seed: 1, axes: ['pool'] },
      () => 0,
    );
    expect(poolFact(r.series, DEFAULT_SWEEP_BASE)).toEqual({
      kind: 'plateau',
      strategy: 'thread-pool',
      x: 8,
      cpuMs: 50,
      reason: 'gil',
    });
  });
});
