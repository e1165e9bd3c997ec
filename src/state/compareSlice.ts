import type { JitterKind, StrategyId } from '../trace/scenario';
import type { RunProblem } from './runProblem';
import type { CompareLinkProblem } from './compareModel';
import type { Trace } from '../trace/types';
import type { AppState, SliceCreator } from './types';
import { traceExtent } from '../trace/extent';
import { cursorUpTo } from './playbackSlice';
import {
  COMPARE_PRESETS,
  DEFAULT_COMPARE,
  MAX_ENTRIES,
  MIN_ENTRIES,
  checkValue,
  defaultPool,
  type CompareEntry,
  type ComparePreset,
  type Pool,
  type PoolKey,
  type Work,
  type WorkKey,
} from './compareModel';

export type CompareStatus = 'idle' | 'running' | 'error';
/** The screens of the app; the explorer is the default. */
export type AppTab = 'explore' | 'compare' | 'scaling' | 'live';

export interface CompareSlice {
  readonly tab: AppTab;
  readonly compareWork: Work;
  readonly compareSeed: number;
  readonly compareEntries: readonly CompareEntry[];
  /** One trace per entry, by entry key; absent while it is being simulated. */
  readonly compareTraces: Readonly<Record<number, Trace>>;
  /** Makespan of `sequential` on the same work; null until known. */
  readonly compareBaselineMs: number | null;
  readonly compareStatus: CompareStatus;
  readonly compareRunId: number;
  /** 0…1 over every entry of the current run. */
  readonly compareProgress: number;
  readonly compareError: RunProblem | null;
  /** What a link asked for that could not be used, shown until dismissed. */
  readonly compareNotice: readonly CompareLinkProblem[] | null;
  readonly setTab: (tab: AppTab) => void;
  /** Sets one work value; false (and nothing changes) when it is out of bounds. */
  readonly setCompareWork: (key: Exclude<WorkKey, 'jitterKind'>, value: number) => boolean;
  readonly setCompareJitterKind: (kind: JitterKind) => void;
  readonly setEntryPool: (key: number, poolKey: PoolKey, value: number) => boolean;
  readonly setEntryStrategy: (key: number, strategy: StrategyId) => void;
  /** Adds an entry (up to MAX_ENTRIES); false when full. */
  readonly addEntry: (strategy: StrategyId) => boolean;
  /** Removes an entry (down to MIN_ENTRIES); false when at the minimum. */
  readonly removeEntry: (key: number) => boolean;
  readonly applyPreset: (id: ComparePreset['id']) => void;
  /** Replaces the whole comparison (from a link); entries beyond the limits are cut or filled. */
  readonly loadCompare: (
    work: Work,
    strategies: readonly { strategy: StrategyId; pool: Pool }[],
    seed: number,
    notice: readonly CompareLinkProblem[] | null,
  ) => void;
  readonly dismissCompareNotice: () => void;
  readonly beginCompareRun: () => number;
  readonly completeCompareEntry: (runId: number, key: number, trace: Trace) => boolean;
  readonly completeCompareRun: (runId: number, baselineMs: number) => boolean;
  readonly reportCompareProgress: (runId: number, fraction: number) => boolean;
  readonly failCompareRun: (runId: number, problem: RunProblem) => boolean;
}

let nextKey = 1;
const entry = (strategy: StrategyId, pool: Pool = defaultPool(strategy)): CompareEntry => ({
  key: nextKey++,
  strategy,
  pool,
});

export const createCompareSlice: SliceCreator<CompareSlice> = (set, get) => {
  const ifCurrent = (runId: number, patch: Partial<AppState>): boolean => {
    const s = get();
    if (runId !== s.compareRunId || s.compareStatus !== 'running') return false;
    set(patch);
    return true;
  };
  const withoutTrace = (key: number) => {
    const traces = { ...get().compareTraces };
    delete traces[key];
    return traces;
  };
  return {
    tab: 'explore',
    compareWork: DEFAULT_COMPARE.work,
    compareSeed: DEFAULT_COMPARE.seed,
    compareEntries: DEFAULT_COMPARE.strategies.map((s) => entry(s)),
    compareTraces: {},
    compareBaselineMs: null,
    compareStatus: 'idle',
    compareRunId: 0,
    compareProgress: 0,
    compareError: null,
    compareNotice: null,
    setTab: (tab) => set({ tab }),
    setCompareWork: (key, value) => {
      if (checkValue(key, value) !== null) return false;
      if (get().compareWork[key] !== value) set({ compareWork: { ...get().compareWork, [key]: value } });
      return true;
    },
    setCompareJitterKind: (jitterKind) => set({ compareWork: { ...get().compareWork, jitterKind } }),
    setEntryPool: (key, poolKey, value) => {
      if (checkValue(poolKey, value) !== null) return false;
      set({
        compareEntries: get().compareEntries.map((e) =>
          e.key === key ? { ...e, pool: { ...e.pool, [poolKey]: value } } : e,
        ),
      });
      return true;
    },
    setEntryStrategy: (key, strategy) =>
      set({
        compareEntries: get().compareEntries.map((e) =>
          e.key === key ? { ...e, strategy, pool: defaultPool(strategy) } : e,
        ),
        compareTraces: withoutTrace(key),
      }),
    addEntry: (strategy) => {
      if (get().compareEntries.length >= MAX_ENTRIES) return false;
      set({ compareEntries: [...get().compareEntries, entry(strategy)] });
      return true;
    },
    removeEntry: (key) => {
      if (get().compareEntries.length <= MIN_ENTRIES) return false;
      set({
        compareEntries: get().compareEntries.filter((e) => e.key !== key),
        compareTraces: withoutTrace(key),
      });
      return true;
    },
    applyPreset: (id) => {
      const preset = COMPARE_PRESETS.find((p) => p.id === id) ?? COMPARE_PRESETS[0];
      set({
        compareWork: preset.work,
        compareEntries: preset.strategies.map((s) => entry(s)),
        compareTraces: {},
        compareNotice: null,
      });
    },
    loadCompare: (work, entries, seed, notice) =>
      set({
        compareWork: work,
        compareSeed: seed,
        compareEntries: entries.slice(0, MAX_ENTRIES).map((e) => entry(e.strategy, e.pool)),
        compareTraces: {},
        compareNotice: notice,
      }),
    dismissCompareNotice: () => set({ compareNotice: null }),
    beginCompareRun: () => {
      const compareRunId = get().compareRunId + 1;
      set({ compareRunId, compareStatus: 'running', compareProgress: 0, compareError: null });
      return compareRunId;
    },
    completeCompareEntry: (runId, key, trace) =>
      ifCurrent(runId, { compareTraces: { ...get().compareTraces, [key]: trace } }),
    completeCompareRun: (runId, baselineMs) => {
      const ends = Object.values(get().compareTraces).map((trace) => traceExtent(trace)[1]);
      return ifCurrent(runId, {
        compareStatus: 'idle',
        compareProgress: 1,
        compareBaselineMs: baselineMs,
        ...(ends.length > 0 ? cursorUpTo(get(), Math.max(...ends)) : {}),
      });
    },
    reportCompareProgress: (runId, fraction) =>
      ifCurrent(runId, { compareProgress: Math.min(1, Math.max(get().compareProgress, fraction)) }),
    failCompareRun: (runId, problem) => ifCurrent(runId, { compareStatus: 'error', compareError: problem }),
  };
};

export { MIN_ENTRIES, MAX_ENTRIES };
