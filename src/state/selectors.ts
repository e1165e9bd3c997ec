/**
 * Module-level selectors: stable function identities, so components re-render only when what they read changes.
 * Selectors returning objects are meant for `useShallow`.
 */
import type { AppState } from './types';
import type { FieldKey, FieldProblem } from './scenarioSlice';
import type { JobKind } from './job';

export const selectScenario = (s: AppState) => s.scenario;
export const selectStrategyId = (s: AppState) => s.scenario.strategy;
export const selectParams = (s: AppState) => s.scenario.params;
export const selectSeed = (s: AppState) => s.scenario.seed;
export const selectJitterKind = (s: AppState) => s.scenario.params.jitterKind;
export const selectTrace = (s: AppState) => s.trace;
export const selectTheme = (s: AppState) => s.theme;
export const selectLang = (s: AppState) => s.lang;
export const selectGanttView = (s: AppState) => s.ganttView;
export const selectDomain = (s: AppState) => s.domain;
export const selectTab = (s: AppState) => s.tab;

/** A screen's job (status, progress, error, id); a stable object until the job changes. */
export const selectJob =
  <K extends JobKind>(kind: K) =>
  (s: AppState) =>
    s.jobs[kind];

/** Status of the explorer's current run, for `useShallow`. */
export const selectRunStatus = (s: AppState) => ({ ...s.jobs.explore, thread: s.thread });

/** The store's actions, for `useShallow` (their identities never change). */
export const selectScenarioActions = (s: AppState) => ({
  pickStrategy: s.pickStrategy,
  setField: s.setField,
  setFieldText: s.setFieldText,
  revertField: s.revertField,
  setJitterKind: s.setJitterKind,
  resetParams: s.resetParams,
  loadScenario: s.loadScenario,
});
export const selectViewActions = (s: AppState) => ({
  setGanttView: s.setGanttView,
  setDomain: s.setDomain,
  setTheme: s.setTheme,
  setLang: s.setLang,
});

export interface FieldView {
  readonly value: number;
  readonly draft: string | undefined;
  readonly error: FieldProblem | undefined;
}
const fieldSelectors = new Map<FieldKey, (s: AppState) => FieldView>();
/**
 * What one field's control shows: the typed text (if any), the error (if any) and the valid value.
 * One cached selector per key, so its identity is stable across renders; read it with `useShallow`.
 */
export function selectField(key: FieldKey): (s: AppState) => FieldView {
  let selector = fieldSelectors.get(key);
  if (!selector) {
    selector = (s) => ({
      value: key === 'seed' ? s.scenario.seed : s.scenario.params[key],
      draft: s.drafts[key],
      error: s.fieldErrors[key],
    });
    fieldSelectors.set(key, selector);
  }
  return selector;
}

/** Whether a run is on its way in the worker (long enough to show progress and dim the old drawing). */
export const selectWorkerBusy = (s: AppState) => s.jobs.explore.status === 'running' && s.thread === 'worker';

/** How many fields currently hold a rejected value. */
export const selectInvalidCount = (s: AppState) => Object.keys(s.fieldErrors).length;

export const selectLinkNotices = (s: AppState) => s.linkNotices;
export const selectPresenting = (s: AppState) => s.presenting;
export const selectEmbed = (s: AppState) => s.embed;
/** The link slice's actions, for `useShallow`. */
export const selectLinkActions = (s: AppState) => ({
  dismissLinkNotices: s.dismissLinkNotices,
  setPresenting: s.setPresenting,
  setEmbed: s.setEmbed,
  setLinkNotices: s.setLinkNotices,
});
