/**
 * The scaling sweep: one simulation per (strategy, x) point of each curve, reduced to makespan and throughput.
 * Pure and synchronous, so the worker, the bench and the tests run exactly the same code.
 */
import type { Scenario, StrategyId } from '../trace/scenario';
import { getStrategy } from './catalogue';
import { defaultParams, simulateOutcome } from './run';
import type { Comparison, PoolParam } from './types';
import {
  SWEEP_AXES,
  type SweepAxis,
  type SweepRequest,
  type SweepResult,
  type SweepSeries,
} from './scalingTypes';

/** The x values of each curve: 12 values of N from 1 to 100,000; pool sizes 1 to 256; CPU 0 to 500 ms. */
export const SWEEP_VALUES: Readonly<Record<SweepAxis, readonly number[]>> = {
  tasks: [1, 3, 10, 25, 50, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000],
  pool: [1, 2, 4, 8, 16, 32, 64, 128, 256],
  cpuMs: [0, 1, 2, 5, 10, 20, 50, 100, 200, 500],
};

/** The parameter a strategy's pool-size curve varies; null for strategies without a pool or a limit. */
export const poolParam = (strategy: StrategyId): PoolParam | null =>
  getStrategy(strategy).comparison?.poolParam ?? null;

export interface SweepJob {
  readonly axis: SweepAxis;
  readonly strategy: StrategyId;
  readonly x: number;
  readonly scenario: Scenario;
}

/** Every simulation a request needs, curve by curve. */
export function sweepJobs(request: SweepRequest): SweepJob[] {
  const { base, seed } = request;
  const jobs: SweepJob[] = [];
  for (const axis of request.axes ?? SWEEP_AXES) {
    for (const strategy of request.strategies) {
      const pool = poolParam(strategy);
      if (axis === 'pool' && pool === null) continue;
      for (const x of request.values?.[axis] ?? SWEEP_VALUES[axis]) {
        const params = {
          ...defaultParams(strategy),
          jitterMs: 0,
          tasks: axis === 'tasks' ? x : base.tasks,
          latencyMs: base.latencyMs,
          cpuMs: axis === 'cpuMs' ? x : base.cpuMs,
          cores: base.cores,
          // The base pool size sizes thread and process pools; asyncio's limits keep their own defaults.
          ...(pool === 'workers' ? { workers: base.pool } : {}),
          ...(pool && axis === 'pool' ? { [pool]: x } : {}),
        };
        jobs.push({ axis, strategy, x, scenario: { strategy, params, seed } });
      }
    }
  }
  return jobs;
}

/** A strategy's sweep cost; a sweep only offers the strategies Compare offers (`comparison`). */
function sweepCost(strategy: StrategyId): Comparison['sweepCost'] {
  const comparison = getStrategy(strategy).comparison;
  if (!comparison) throw new RangeError(`${strategy} is not offered in a scaling sweep`);
  return comparison.sweepCost;
}

/**
 * Rough cost of a job, for an even progress bar and even shards: simulation time grows with the tasks (threads
 * with CPU work contend for the GIL in 5 ms slices, so they cost the most).
 */
export const jobCost = (job: SweepJob) => {
  const [io, cpu] = sweepCost(job.strategy);
  return job.scenario.params.tasks * (job.scenario.params.cpuMs > 0 ? cpu : io) + 500;
};
const cost = jobCost;

/** Which part of a sweep a worker runs: the jobs `shardOf` gives to `index` out of `count`. */
export interface SweepShard {
  readonly index: number;
  readonly count: number;
}

/** The shard of each job: the costliest first, each to the least loaded shard, so shards take about as long. */
export function shardOf(jobs: readonly SweepJob[], count: number): number[] {
  const load = new Array<number>(count).fill(0);
  const owner = new Array<number>(jobs.length).fill(0);
  const order = jobs.map((_, i) => i).sort((a, b) => jobCost(jobs[b]) - jobCost(jobs[a]) || a - b);
  for (const i of order) {
    const s = load.indexOf(Math.min(...load));
    owner[i] = s;
    load[s] += jobCost(jobs[i]);
  }
  return owner;
}

/**
 * Runs a sweep, or one shard of it (see `mergeSweeps`). `onProgress` gets the fraction done after each point
 * (weighted by tasks).
 * @example runSweep({ strategies: ['sequential'], base: DEFAULT_SWEEP_BASE, seed: 1, axes: ['tasks'] }, now)
 */
export function runSweep(
  request: SweepRequest,
  now: () => number,
  onProgress: (fraction: number) => void = () => {},
  shard: SweepShard = { index: 0, count: 1 },
): SweepResult {
  const started = now();
  const all = sweepJobs(request);
  const owner = shardOf(all, shard.count);
  const jobs = all.filter((_, i) => owner[i] === shard.index);
  const total = jobs.reduce((sum, j) => sum + cost(j), 0) || 1;
  const byCurve = new Map<string, SweepSeries & { points: SweepSeries['points'][number][] }>();
  let done = 0;
  for (const job of jobs) {
    const outcome = simulateOutcome(job.scenario);
    const id = `${job.axis}/${job.strategy}`;
    let series = byCurve.get(id);
    if (!series) {
      series = { axis: job.axis, strategy: job.strategy, points: [] };
      byCurve.set(id, series);
    }
    series.points.push({ x: job.x, makespanMs: outcome.makespanMs, throughputPerS: outcome.throughputPerS });
    done += cost(job);
    onProgress(done / total);
  }
  return { request, series: [...byCurve.values()], elapsedMs: now() - started };
}

/** The sweep the shards of one request make together: every curve with its points in x order. */
export function mergeSweeps(request: SweepRequest, parts: readonly SweepResult[]): SweepResult {
  const order = sweepJobs(request).map((j) => `${j.axis}/${j.strategy}`);
  const byCurve = new Map<string, SweepSeries>();
  for (const part of parts) {
    for (const s of part.series) {
      const id = `${s.axis}/${s.strategy}`;
      const known = byCurve.get(id);
      byCurve.set(id, known ? { ...known, points: [...known.points, ...s.points] } : s);
    }
  }
  const series = [...byCurve.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([, s]) => ({ ...s, points: [...s.points].sort((p, q) => p.x - q.x) }));
  return { request, series, elapsedMs: Math.max(0, ...parts.map((p) => p.elapsedMs)) };
}
