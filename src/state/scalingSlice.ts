import type { StrategyId } from '../trace/scenario';
import type { SliceCreator } from './types';
import { finished } from './job';
import {
  DEFAULT_SCALING_STRATEGIES,
  DEFAULT_SWEEP_BASE,
  SWEEP_BASE_BOUNDS,
  type SweepBase,
  type SweepResult,
} from './scalingModel';

/** The Scaling screen's setup and curves; its job is `jobs.scaling` (see ./jobSlice). */
export interface ScalingSlice {
  readonly scalingStrategies: readonly StrategyId[];
  readonly scalingBase: SweepBase;
  /** The last completed sweep; kept on screen while a newer one computes or after a cancel. */
  readonly scalingResult: SweepResult | null;
  /** Selects or deselects a strategy; the last one cannot be deselected (false). */
  readonly toggleScalingStrategy: (id: StrategyId) => boolean;
  /** Sets a base value; false, and nothing changes, when out of bounds or not whole. */
  readonly setScalingBase: (key: keyof SweepBase, value: number) => boolean;
  /** Finishes the scaling job `runId` with its curves; false when stale. */
  readonly completeScaling: (runId: number, result: SweepResult) => boolean;
  /** Stops the current sweep; its answers become stale. */
  readonly cancelScaling: () => void;
}

export const createScalingSlice: SliceCreator<ScalingSlice> = (set, get) => {
  return {
    scalingStrategies: DEFAULT_SCALING_STRATEGIES,
    scalingBase: DEFAULT_SWEEP_BASE,
    scalingResult: null,
    toggleScalingStrategy: (id) => {
      const current = get().scalingStrategies;
      if (current.includes(id)) {
        if (current.length === 1) return false;
        set({ scalingStrategies: current.filter((s) => s !== id) });
      } else {
        set({ scalingStrategies: [...current, id] });
      }
      return true;
    },
    setScalingBase: (key, value) => {
      const [lo, hi] = SWEEP_BASE_BOUNDS[key];
      if (!Number.isFinite(value) || value < lo || value > hi || !Number.isInteger(value)) return false;
      if (get().scalingBase[key] !== value) set({ scalingBase: { ...get().scalingBase, [key]: value } });
      return true;
    },
    completeScaling: (runId, result) => {
      const patch = finished(get(), 'scaling', runId, { scalingResult: result });
      if (patch) set(patch);
      return patch !== null;
    },
    cancelScaling: () => get().cancelJob('scaling'),
  };
};
