/** The Scaling screen's sweep, as values: what it varies, what it asks and what it answers (see ./scalingSweep). */
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
