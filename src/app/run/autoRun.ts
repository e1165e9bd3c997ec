import type { StoreApi } from 'zustand';
import { sameScenario, type AppState } from '../../state';
import { latestWins } from '../jobs/latestWins';
import type { SimRunner } from './simRunner';

/** Typed edits wait this long for the next keystroke before re-running. */
export const EDIT_DEBOUNCE_MS = 120;

/** Whether this change came from typing: a field's draft text is new or different. */
function typedEdit(state: AppState, previous: AppState): boolean {
  if (state.drafts === previous.drafts) return false;
  return Object.entries(state.drafts).some(
    ([key, text]) => previous.drafts[key as keyof AppState['drafts']] !== text,
  );
}

/**
 * Keeps the trace in step with the scenario: runs once now, then after every scenario change: at once for a pick,
 * a slider step or a link, debounced while the user is typing into a box (each keystroke would start a run). The run is begun, and so the
 * store is not idle, from the moment of the change, so nothing waits on a trace that is about to be replaced.
 * A change back to the scenario on screen runs nothing and cancels what was pending.
 * Returns a function that stops it and releases the runner.
 */
export function startAutoRun(store: StoreApi<AppState>, runner: SimRunner): () => void {
  const jobs = latestWins(store, 'explore', {
    begin: () => {
      const state = store.getState();
      return state.beginRun(runner.threadFor(state.scenario));
    },
    launch: (runId) => {
      const { scenario, reportJob, failJob } = store.getState();
      runner.run(scenario, {
        onProgress: (fraction) => reportJob('explore', runId, fraction),
        onDone: (trace) => store.getState().completeRun(runId, trace),
        onError: (problem) => void failJob('explore', runId, problem),
      });
    },
    cancel: () => runner.cancel(),
  });

  const schedule = (when: 'now' | 'idle' | typeof EDIT_DEBOUNCE_MS) => {
    const state = store.getState();
    // Back to what is on screen (an edit undone, a rejected value): cancel whatever was on its way.
    if (state.trace && sameScenario(state.trace.scenario, state.scenario)) jobs.settle();
    else jobs.schedule(when);
  };

  schedule('now');
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    // A file being imported loads its scenario: the simulation to compare with runs once the imported trace is
    // drawn, so it does not compete with that first picture for the page and the cores.
    if (state.importReading !== null) return schedule('idle');
    const immediate = state.scenario.strategy !== previous.scenario.strategy || !typedEdit(state, previous);
    schedule(immediate ? 'now' : EDIT_DEBOUNCE_MS);
  });

  return () => {
    unsubscribe();
    jobs.halt();
    runner.dispose();
  };
}
