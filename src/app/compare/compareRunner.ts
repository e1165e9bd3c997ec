import type { StoreApi } from 'zustand';
import { baselineScenario, entryScenario, type AppState } from '../../state';
import type { Scenario } from '../../trace/scenario';
import type { Trace } from '../../trace/types';
import { makespan } from '../../trace/makespan';
import { isCurrentJob } from '../../state/job';
import { knownBaseline, rememberBaseline } from '../../strategies/baseline';
import { latestWins } from '../jobs/latestWins';
import type { SimRunner } from '../run/simRunner';

/** Edits wait this long for the next keystroke before the comparison re-runs. */
export const COMPARE_DEBOUNCE_MS = 120;
const CACHE_SIZE = 24;

/**
 * Keeps the compared traces in step with the comparison: after every change, each entry (and `sequential` on
 * the same work, the speed-up baseline, unless the baseline cache knows it) is simulated one after another
 * through the explorer's runner, so large ones go to its worker. Traces are cached by scenario, so editing one
 * entry re-simulates only that entry.
 * A newer change makes every answer of the older run stale. Returns a stop function.
 */
export function startCompareRuns(store: StoreApi<AppState>, runner: SimRunner): () => void {
  const cache = new Map<string, Trace>();
  const remember = (key: string, trace: Trace) => {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, trace);
  };
  const current = (runId: number) => isCurrentJob(store.getState(), 'compare', runId);

  const simulate = (runId: number, scenario: Scenario, onDone: (trace: Trace) => void) => {
    const key = JSON.stringify(scenario);
    const hit = cache.get(key);
    if (hit) return onDone(hit);
    runner.run(scenario, {
      onProgress: () => {},
      onDone: (trace) => {
        if (!current(runId)) return;
        remember(key, trace);
        onDone(trace);
      },
      onError: (problem) => store.getState().failJob('compare', runId, problem),
    });
  };

  const launch = (runId: number) => {
    const s = store.getState();
    const { compareWork: work, compareSeed: seed } = s;
    const jobs = s.compareEntries.map((e) => ({ key: e.key, scenario: entryScenario(e, work, seed) }));
    const baseline = baselineScenario(work, seed);
    const total = jobs.length + 1;
    const step = (i: number) => {
      if (!store.getState().reportJob('compare', runId, i / total)) return;
      if (i < jobs.length) {
        simulate(runId, jobs[i].scenario, (trace) => {
          if (store.getState().completeCompareEntry(runId, jobs[i].key, trace)) step(i + 1);
        });
      } else {
        // The baseline comes from the one cache the explorer's figures read too (strategies/baseline.ts).
        const known = knownBaseline(baseline);
        if (known?.kind === 'ok') store.getState().completeCompareRun(runId, known.makespanMs);
        else
          simulate(runId, baseline, (trace) => {
            const makespanMs = makespan(trace);
            rememberBaseline(baseline, { kind: 'ok', makespanMs });
            store.getState().completeCompareRun(runId, makespanMs);
          });
      }
    };
    step(0);
  };

  const runs = latestWins(store, 'compare', { launch, cancel: () => runner.cancel() });
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.compareEntries !== previous.compareEntries ||
      state.compareWork !== previous.compareWork ||
      state.compareSeed !== previous.compareSeed
    ) {
      runs.schedule(COMPARE_DEBOUNCE_MS);
    }
  });
  runs.schedule(0);
  return () => {
    unsubscribe();
    runs.halt();
    runner.dispose();
    const s = store.getState();
    s.failJob('compare', s.jobs.compare.runId, { code: 'stopped' });
  };
}
