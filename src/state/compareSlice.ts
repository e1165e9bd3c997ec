import type { JitterKind, StrategyId } from '../trace/scenario';
import type { CompareLinkProblem } from './compareModel';
import type { Trace } from '../trace/types';
import type { SliceCreator } from './types';
import { finished, isCurrentJob } from './job';
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

/** The Compare screen's setup and results; its job is `jobs.compare` (see ./jobSlice). */
export interface CompareSlice {
  readonly compareWork: Work;
  readonly compareSeed: number;
  readonly compareEntries: readonly CompareEntry[];
  /** One trace per entry, by entry key; absent while it is being simulated. */
  readonly compareTraces: Readonly<Record<number, Trace>>;
  /** Makespan of `sequential` on the same work; null until known. */
  readonly compareBaselineMs: number | null;
  /** What a link asked for that could not be used, shown until dismissed. */
  readonly compareNotice: readonly CompareLinkProblem[] | null;
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
  /** Stores one entry's trace for the compare job `runId`; false when stale. */
  readonly completeCompareEntry: (runId: number, key: number, trace: Trace) => boolean;
  /** Finishes the compare job `runId` with the sequential baseline's makespan; false when stale. */
  readonly completeCompareRun: (runId: number, baselineMs: number) => boolean;
}

let nextKey = 1;
const entry = (strategy: StrategyId, pool: Pool = defaultPool(strategy)): CompareEntry => ({
  key: nextKey++,
  strategy,
  pool,
});

export const createCompareSlice: SliceCreator<CompareSlice> = (set, get) => {
  const withoutTrace = (key: number) => {
    const traces = { ...get().compareTraces };
    delete traces[key];
    return traces;
  };
  return {
    compareWork: DEFAULT_COMPARE.work,
    compareSeed: DEFAULT_COMPARE.seed,
    compareEntries: DEFAULT_COMPARE.strategies.map((s) => entry(s)),
    compareTraces: {},
    compareBaselineMs: null,
    compareNotice: null,
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
    completeCompareEntry: (runId, key, trace) => {
      if (!isCurrentJob(get(), 'compare', runId)) return false;
      set({ compareTraces: { ...get().compareTraces, [key]: trace } });
      return true;
    },
    completeCompareRun: (runId, baselineMs) => {
      const s = get();
      const ends = Object.values(s.compareTraces).map((trace) => traceExtent(trace)[1]);
      const patch = finished(s, 'compare', runId, {
        compareBaselineMs: baselineMs,
        ...(ends.length > 0 ? cursorUpTo(s, Math.max(...ends)) : {}),
      });
      if (patch) set(patch);
      return patch !== null;
    },
  };
};

export { MIN_ENTRIES, MAX_ENTRIES };
