import type { StoreApi } from 'zustand';
import { sameScenario, type AppState } from '../../state';
import type { SimRunner } from './simRunner';

/** Typed edits wait this long for the next keystroke before re-running. */
export const EDIT_DEBOUNCE_MS = 120;

/**
 * Keeps the trace in step with the scenario: runs once now, then after every scenario change: at once for a pick,
 * a slider step or a link, debounced while the user is typing into a box (each keystroke would start a run). The run is begun, and so the
 * store is not idle, from the moment of the change, so nothing waits on a trace that is about to be replaced.
 * A change back to the scenario on screen runs nothing and cancels what was pending.
 * Returns a function that stops it and releases the runner.
 */
/** Whether this change came from typing: a field's draft text is new or different. */
function typedEdit(state: AppState, previous: AppState): boolean {
  if (state.drafts === previous.drafts) return false;
  return Object.entries(state.drafts).some(
    ([key, text]) => previous.drafts[key as keyof AppState['drafts']] !== text,
  );
}

export function startAutoRun(store: StoreApi<AppState>, runner: SimRunner): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const launch = (runId: number) => {
    timer = undefined;
    const state = store.getState();
    if (state.runId !== runId) return;
    runner.run(state.scenario, {
      onProgress: (fraction) => store.getState().reportProgress(runId, fraction),
      onDone: (trace) => store.getState().completeRun(runId, trace),
      onError: (problem) => void store.getState().failRun(runId, problem),
    });
  };

  const schedule = (immediate: boolean) => {
    clearTimeout(timer);
    const state = store.getState();
    if (state.trace && sameScenario(state.trace.scenario, state.scenario)) {
      // Back to what is on screen (an edit undone, a rejected value): cancel whatever was on its way.
      runner.cancel();
      state.settleRun();
      return;
    }
    const runId = state.beginRun(runner.threadFor(state.scenario));
    if (immediate) launch(runId);
    else timer = setTimeout(() => launch(runId), EDIT_DEBOUNCE_MS);
  };

  schedule(true);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    schedule(state.scenario.strategy !== previous.scenario.strategy || !typedEdit(state, previous));
  });

  return () => {
    unsubscribe();
    clearTimeout(timer);
    runner.dispose();
  };
}
