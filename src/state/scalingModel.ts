import { NUMERIC_PARAMS } from '../trace/params';
import type { StrategyId } from '../trace/scenario';
import type { SweepBase } from '../strategies/scalingTypes';

export {
  SWEEP_AXES,
  type SweepAxis,
  type SweepBase,
  type SweepPoint,
  type SweepRequest,
  type SweepResult,
  type SweepSeries,
} from '../strategies/scalingTypes';

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
