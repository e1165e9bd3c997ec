import type { JitterKind, ParamKey, Scenario, StrategyId } from '../trace/scenario';
import { checkParams, defaultScenario, switchStrategy, type ScenarioProblem } from '../strategies';
import type { SliceCreator } from './types';
import { parseNumber } from './parse';

/** A control the user types into: a numeric parameter or the seed. */
export type FieldKey = Exclude<ParamKey, 'jitterKind'> | 'seed';
export type FieldMap<T> = Partial<Record<FieldKey, T>>;
/** Why a field's text was not accepted: it is not a number, or the scenario would not run with it. */
export type FieldProblem = ScenarioProblem | { readonly code: 'enter-number'; readonly key: FieldKey };

/** The strategy the app opens on: the start of the I/O story. */
export const DEFAULT_STRATEGY: StrategyId = 'sequential';

export interface ScenarioSlice {
  /** The last valid scenario: what is simulated and drawn. */
  readonly scenario: Scenario;
  /** Raw text of fields the user is typing in (valid or not); absent when the field shows the scenario's value. */
  readonly drafts: FieldMap<string>;
  /** Why a field's draft was not accepted; absent when it is fine. */
  readonly fieldErrors: FieldMap<FieldProblem>;
  /**
   * Whether the scenario's last change came from a slider dragged with the pointer: its pictures may then follow
   * the hand a frame behind (`useShownTrace`), where a key step or a typed value is drawn in the frame it makes.
   */
  readonly dragging: boolean;
  /** Picks a strategy: the shared work (tasks, latency, jitter, overhead, CPU) and the seed stay; its own knobs take its defaults. */
  readonly pickStrategy: (id: StrategyId) => void;
  /**
   * Sets a field to a number (slider, arrow keys); a rejected value only sets the field's error. `how` says
   * whether it comes from a slider dragged with the pointer ('drag') or a single step (the default).
   */
  readonly setField: (key: FieldKey, value: number, how?: 'step' | 'drag') => boolean;
  /** Sets a field from typed text: accepted when it parses and passes `checkParams`; the text is kept either way. */
  readonly setFieldText: (key: FieldKey, text: string) => boolean;
  /** Drops a field's draft and error: the field shows the scenario's value again (blur when valid, Escape). */
  readonly revertField: (key: FieldKey) => void;
  readonly setJitterKind: (kind: JitterKind) => void;
  /** Back to the strategy's defaults. */
  readonly resetParams: () => void;
  /** Replaces the whole scenario (from a link); false, and nothing changes, when it is not valid. */
  readonly loadScenario: (scenario: Scenario) => boolean;
}

type Verdict =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly error: FieldProblem };

function without<T>(map: FieldMap<T>, key: FieldKey): FieldMap<T> {
  if (!(key in map)) return map;
  const next = { ...map };
  delete next[key];
  return next;
}

const errorsOf = (s: Scenario) => checkParams(s.strategy, s.params, s.seed);

/** Would `scenario` with `key = value` be valid? Returns the new scenario or the problem to show. */
function judge(scenario: Scenario, key: FieldKey, value: number): Verdict {
  const next: Scenario =
    key === 'seed'
      ? { ...scenario, seed: value }
      : { ...scenario, params: { ...scenario.params, [key]: value } };
  const errors = errorsOf(next);
  const error = errors[key] ?? Object.values(errors).find((e) => e !== undefined);
  return error ? { ok: false, error } : { ok: true, scenario: next };
}

/**
 * When a field's text turns invalid, its value goes back to the one the drawing on screen was made with: typing
 * "300" into a field that allows 256 must not leave the half-typed "30" behind (or run it a moment later). The
 * picture stays as it was, which is what "keep the last valid run on screen" means to the user.
 */
function backToShown(scenario: Scenario, key: FieldKey, shown: Scenario | undefined): Scenario {
  if (!shown || shown.strategy !== scenario.strategy) return scenario;
  if (key === 'seed') return shown.seed === scenario.seed ? scenario : { ...scenario, seed: shown.seed };
  const value = shown.params[key];
  return value === scenario.params[key]
    ? scenario
    : { ...scenario, params: { ...scenario.params, [key]: value } };
}

export const createScenarioSlice: SliceCreator<ScenarioSlice> = (set, get) => {
  const apply = (key: FieldKey, value: number, draft: string | null, dragging = false): boolean => {
    const { scenario, drafts, fieldErrors } = get();
    const verdict = judge(scenario, key, value);
    const nextDrafts = draft === null ? without(drafts, key) : { ...drafts, [key]: draft };
    if (!verdict.ok) {
      set({
        scenario: backToShown(scenario, key, get().trace?.scenario),
        drafts: draft === null ? drafts : nextDrafts,
        fieldErrors: { ...fieldErrors, [key]: verdict.error },
      });
      return false;
    }
    set({ scenario: verdict.scenario, drafts: nextDrafts, fieldErrors: without(fieldErrors, key), dragging });
    return true;
  };
  const fresh = { drafts: {}, fieldErrors: {}, dragging: false } as const;

  return {
    scenario: defaultScenario(DEFAULT_STRATEGY),
    ...fresh,
    pickStrategy: (id) => set((s) => ({ scenario: switchStrategy(s.scenario, id), ...fresh, domain: null })),
    setField: (key, value, how = 'step') => apply(key, value, null, how === 'drag'),
    setFieldText: (key, text) => {
      const parsed = parseNumber(text);
      if (parsed === null) {
        const { scenario, drafts, fieldErrors, trace } = get();
        set({
          scenario: backToShown(scenario, key, trace?.scenario),
          drafts: { ...drafts, [key]: text },
          fieldErrors: { ...fieldErrors, [key]: { code: 'enter-number', key } },
        });
        return false;
      }
      return apply(key, parsed, text);
    },
    revertField: (key) =>
      set((s) => ({ drafts: without(s.drafts, key), fieldErrors: without(s.fieldErrors, key) })),
    setJitterKind: (jitterKind) =>
      set((s) => ({ scenario: { ...s.scenario, params: { ...s.scenario.params, jitterKind } } })),
    resetParams: () =>
      set((s) => ({
        scenario: { ...defaultScenario(s.scenario.strategy), seed: s.scenario.seed },
        ...fresh,
      })),
    loadScenario: (scenario) => {
      if (Object.keys(errorsOf(scenario)).length > 0) return false;
      set({ scenario, ...fresh, domain: null });
      return true;
    },
  };
};
