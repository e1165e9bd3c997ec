import type { StoreApi } from 'zustand';
import { baselineScenario, entryScenario, type AppState } from '../../state';
import type { Scenario } from '../../trace/scenario';
import type { Trace } from '../../trace/types';
import { makespan } from '../../trace/makespan';
import type { SimRunner } from '../run/simRunner';

/** Edits wait this long for the next keystroke before the comparison re-runs. */
export const COMPARE_DEBOUNCE_MS = 120;
const CACHE_SIZE = 24;

/**
 * Keeps the compared traces in step with the comparison: after every change, each entry (and `sequential` on
 * the same work, the speed-up baseline) is simulated one after another through the explorer's runner, so large
 * ones go to its worker. Traces are cached by scenario, so editing one entry re-simulates only that entry.
 * A newer change makes every answer of the older run stale. Returns a stop function.
 */
export function startCompareRuns(store: StoreApi<AppState>, runner: SimRunner): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cache = new Map<string, Trace>();
  const remember = (key: string, trace: Trace) => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, trace);
  };

  const simulate = (runId: number, scenario: Scenario, onDone: (trace: Trace) => void) => {
    const key = JSON.stringify(scenario);
    const hit = cache.get(key);
    if (hit) return onDone(hit);
    runner.run(scenario, {
      onProgress: () => {},
      onDone: (trace) => {
        if (store.getState().compareRunId !== runId) return;
        remember(key, trace);
        onDone(trace);
      },
      onError: (problem) => store.getState().failCompareRun(runId, problem),
    });
  };

  const launch = (runId: number) => {
    timer = undefined;
    const s = store.getState();
    if (s.compareRunId !== runId) return;
    const { compareWork: work, compareSeed: seed } = s;
    const jobs = s.compareEntries.map((e) => ({ key: e.key, scenario: entryScenario(e, work, seed) }));
    const baseline = baselineScenario(work, seed);
    const total = jobs.length + 1;
    const step = (i: number) => {
      const state = store.getState();
      if (state.compareRunId !== runId || state.compareStatus !== 'running') return;
      state.reportCompareProgress(runId, i / total);
      if (i < jobs.length) {
        simulate(runId, jobs[i].scenario, (trace) => {
          if (store.getState().completeCompareEntry(runId, jobs[i].key, trace)) step(i + 1);
        });
      } else {
        simulate(runId, baseline, (trace) => store.getState().completeCompareRun(runId, makespan(trace)));
      }
    };
    step(0);
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    runner.cancel();
    const runId = store.getState().beginCompareRun();
    timer = setTimeout(() => launch(runId), delay);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.compareEntries !== previous.compareEntries ||
      state.compareWork !== previous.compareWork ||
      state.compareSeed !== previous.compareSeed
    ) {
      schedule(COMPARE_DEBOUNCE_MS);
    }
  });
  schedule(0);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    runner.dispose();
    const s = store.getState();
    if (s.compareStatus === 'running') s.failCompareRun(s.compareRunId, { code: 'stopped' });
  };
}
