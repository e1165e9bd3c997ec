import { NUMERIC_PARAMS } from '../trace/params';
import type { StrategyId } from '../trace/scenario';

/** What a scaling curve varies along its x axis. */
export type SweepAxis = 'tasks' | 'pool' | 'cpuMs';
export const SWEEP_AXES: readonly SweepAxis[] = ['tasks', 'pool', 'cpuMs'];

/** The fixed work a sweep varies one thing of. */
export interface SweepBase {
  /** Tasks for the pool and CPU curves. */
  readonly tasks: number;
  readonly latencyMs: number;
  /** CPU per task for the N and pool curves. */
  readonly cpuMs: number;
  /** Pool size (threads, processes, semaphore or connection limit) for the N and CPU curves. */
  readonly pool: number;
  readonly cores: number;
}

export interface SweepRequest {
  readonly strategies: readonly StrategyId[];
  /** Which curves to compute; all three when absent. */
  readonly axes?: readonly SweepAxis[];
  /** Other x values than the standard ones for some axes (tests, quick previews). */
  readonly values?: Partial<Record<SweepAxis, readonly number[]>>;
  readonly base: SweepBase;
  readonly seed: number;
}

export interface SweepPoint {
  readonly x: number;
  readonly makespanMs: number;
  readonly throughputPerS: number;
}

/** One curve: a strategy along one axis. */
export interface SweepSeries {
  readonly axis: SweepAxis;
  readonly strategy: StrategyId;
  readonly points: readonly SweepPoint[];
}

export interface SweepResult {
  readonly request: SweepRequest;
  readonly series: readonly SweepSeries[];
  /** Time the sweep took in the worker, ms. */
  readonly elapsedMs: number;
}

/** The main I/O strategies: one at a time, asyncio, threads, processes. */
export const DEFAULT_SCALING_STRATEGIES: readonly StrategyId[] = [
  'sequential',
  'asyncio-gather',
  'thread-pool',
  'process-pool',
];

/** A 100 ms endpoint and 50 ms of CPU per task: where threads meet the GIL within the pool sizes shown. */
export const DEFAULT_SWEEP_BASE: SweepBase = { tasks: 100, latencyMs: 100, cpuMs: 50, pool: 8, cores: 4 };

/** Bounds of each base value (the simulator's own bounds, narrowed where a sweep would be pointless). */
const bounds = ({ min, max }: { readonly min: number; readonly max: number }) => [min, max] as const;
export const SWEEP_BASE_BOUNDS: Readonly<Record<keyof SweepBase, readonly [number, number]>> = {
  tasks: [NUMERIC_PARAMS.tasks.min, 10_000],
  latencyMs: bounds(NUMERIC_PARAMS.latencyMs),
  cpuMs: bounds(NUMERIC_PARAMS.cpuMs),
  pool: bounds(NUMERIC_PARAMS.workers),
  cores: bounds(NUMERIC_PARAMS.cores),
};
