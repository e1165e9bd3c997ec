import { beforeEach, describe, expect, it } from 'vitest';
import type { Trace } from '../trace/types';
import { baselineScenario, entryScenario, MAX_ENTRIES, MIN_ENTRIES } from './compareModel';
import { createAppStore } from './store';
import { sequentialOf } from '../strategies/baseline';

const fakeTrace = (strategy: string, end = 0) =>
  ({
    scenario: { strategy },
    tasks: [],
    lanes: [],
    events: end > 0 ? [{ time: end }] : [],
  }) as unknown as Trace;
let store = createAppStore();
beforeEach(() => {
  store = createAppStore();
});

describe('compare slice', () => {
  it('opens on the tutorial: sequential, async-blocking, asyncio-gather on 5 × 3 s requests', () => {
    const s = store.getState();
    expect(s.tab).toBe('explore');
    expect(s.compareEntries.map((e) => e.strategy)).toEqual([
      'sequential',
      'async-blocking',
      'asyncio-gather',
    ]);
    expect(s.compareWork).toMatchObject({ tasks: 5, latencyMs: 3000 });
  });

  it('adds up to 6 entries and removes down to 2', () => {
    const { addEntry, removeEntry } = store.getState();
    for (let i = store.getState().compareEntries.length; i < MAX_ENTRIES; i++)
      expect(addEntry('thread-pool')).toBe(true);
    expect(addEntry('thread-pool')).toBe(false);
    expect(store.getState().compareEntries).toHaveLength(MAX_ENTRIES);
    while (store.getState().compareEntries.length > MIN_ENTRIES)
      expect(removeEntry(store.getState().compareEntries[0].key)).toBe(true);
    expect(removeEntry(store.getState().compareEntries[0].key)).toBe(false);
    expect(store.getState().compareEntries).toHaveLength(MIN_ENTRIES);
  });

  it('gives the same strategy twice its own pool, and the shared work to both', () => {
    store.getState().applyPreset('hundred');
    const { addEntry, setEntryPool, setCompareWork } = store.getState();
    addEntry('thread-pool');
    addEntry('thread-pool');
    const [a, b] = store.getState().compareEntries.slice(-2);
    expect(setEntryPool(b.key, 'workers', 32)).toBe(true);
    expect(setCompareWork('cpuMs', 10)).toBe(true);
    const { compareWork, compareSeed, compareEntries } = store.getState();
    const sa = entryScenario(
      compareEntries.find((e) => e.key === a.key)!,
      compareWork,
      compareSeed,
    );
    const sb = entryScenario(
      compareEntries.find((e) => e.key === b.key)!,
      compareWork,
      compareSeed,
    );
    expect([sa.params.workers, sb.params.workers]).toEqual([4, 32]);
    expect([sa.params.tasks, sb.params.tasks, sa.params.cpuMs, sb.params.cpuMs]).toEqual([100, 100, 10, 10]);
    expect(baselineScenario(compareWork, compareSeed)).toMatchObject({
      strategy: 'sequential',
      params: { tasks: 100, cpuMs: 10 },
    });
    // The explorer's baseline of either entry is the same scenario, so both read one cached makespan.
    expect(sequentialOf(sa)).toEqual(baselineScenario(compareWork, compareSeed));
  });

  it('refuses out-of-range values and changes nothing', () => {
    const before = store.getState();
    expect(before.setCompareWork('tasks', 0)).toBe(false);
    expect(before.setCompareWork('latencyMs', Number.NaN)).toBe(false);
    expect(before.setEntryPool(before.compareEntries[0].key, 'workers', 1000)).toBe(false);
    expect(store.getState().compareWork).toBe(before.compareWork);
    expect(store.getState().compareEntries).toBe(before.compareEntries);
  });

  it('applies the 100-request preset: sequential, process-pool, aiomultiprocess on 100 × 3 s', () => {
    store.getState().applyPreset('hundred');
    expect(store.getState().compareEntries.map((e) => e.strategy)).toEqual([
      'sequential',
      'process-pool',
      'aiomultiprocess',
    ]);
    expect(store.getState().compareWork).toMatchObject({ tasks: 100, latencyMs: 3000 });
  });

  it('keeps traces of the current run only, and drops an entry’s trace when its strategy changes', () => {
    const key = store.getState().compareEntries[0].key;
    const old = store.getState().beginJob('compare');
    const run = store.getState().beginJob('compare');
    expect(store.getState().completeCompareEntry(old, key, fakeTrace('sequential'))).toBe(false);
    expect(store.getState().completeCompareEntry(run, key, fakeTrace('sequential'))).toBe(true);
    expect(store.getState().compareTraces[key]).toBeDefined();
    expect(store.getState().completeCompareRun(run, 15015)).toBe(true);
    expect(store.getState()).toMatchObject({
      jobs: { compare: { status: 'idle' } },
      compareBaselineMs: 15015,
    });
    store.getState().setEntryStrategy(key, 'thread-pool');
    expect(store.getState().compareTraces[key]).toBeUndefined();
  });

  it('clamps the shared playback cursor into the longest compared run when a comparison completes', () => {
    const [a, b] = store.getState().compareEntries;
    store.getState().setCursor(90_000, 100_000);
    const run = store.getState().beginJob('compare');
    store.getState().completeCompareEntry(run, a.key, fakeTrace('sequential', 15_015));
    store.getState().completeCompareEntry(run, b.key, fakeTrace('async-blocking', 15_020));
    store.getState().completeCompareRun(run, 15_015);
    expect(store.getState().cursor).toBe(15_020);
  });
});
