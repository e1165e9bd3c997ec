import type { StrategyId } from '../trace/scenario';
import type { SliceCreator } from './types';
import {
  DEFAULT_SCALING_STRATEGIES,
  DEFAULT_SWEEP_BASE,
  SWEEP_BASE_BOUNDS,
  type SweepBase,
  type SweepResult,
} from './scalingModel';

export type ScalingStatus = 'idle' | 'running' | 'cancelled' | 'error';

export interface ScalingSlice {
  readonly scalingStrategies: readonly StrategyId[];
  readonly scalingBase: SweepBase;
  /** The last completed sweep; kept on screen while a newer one computes or after a cancel. */
  readonly scalingResult: SweepResult | null;
  readonly scalingStatus: ScalingStatus;
  readonly scalingRunId: number;
  readonly scalingProgress: number;
  readonly scalingError: string | null;
  /** Selects or deselects a strategy; the last one cannot be deselected (false). */
  readonly toggleScalingStrategy: (id: StrategyId) => boolean;
  /** Sets a base value; false, and nothing changes, when out of bounds or not whole. */
  readonly setScalingBase: (key: keyof SweepBase, value: number) => boolean;
  readonly beginScaling: () => number;
  readonly reportScalingProgress: (runId: number, fraction: number) => boolean;
  readonly completeScaling: (runId: number, result: SweepResult) => boolean;
  readonly failScaling: (runId: number, message: string) => boolean;
  /** Stops the current sweep; its answers become stale. */
  readonly cancelScaling: () => void;
}

export const createScalingSlice: SliceCreator<ScalingSlice> = (set, get) => {
  const ifCurrent = (runId: number, patch: Partial<ScalingSlice>): boolean => {
    const s = get();
    if (runId !== s.scalingRunId || s.scalingStatus !== 'running') return false;
    set(patch);
    return true;
  };
  return {
    scalingStrategies: DEFAULT_SCALING_STRATEGIES,
    scalingBase: DEFAULT_SWEEP_BASE,
    scalingResult: null,
    scalingStatus: 'idle',
    scalingRunId: 0,
    scalingProgress: 0,
    scalingError: null,
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
    beginScaling: () => {
      const scalingRunId = get().scalingRunId + 1;
      set({ scalingRunId, scalingStatus: 'running', scalingProgress: 0, scalingError: null });
      return scalingRunId;
    },
    reportScalingProgress: (runId, fraction) =>
      ifCurrent(runId, { scalingProgress: Math.min(1, Math.max(get().scalingProgress, fraction)) }),
    completeScaling: (runId, result) =>
      ifCurrent(runId, { scalingResult: result, scalingStatus: 'idle', scalingProgress: 1 }),
    failScaling: (runId, message) => ifCurrent(runId, { scalingStatus: 'error', scalingError: message }),
    cancelScaling: () => {
      if (get().scalingStatus !== 'running') return;
      set({ scalingRunId: get().scalingRunId + 1, scalingStatus: 'cancelled' });
    },
  };
};
