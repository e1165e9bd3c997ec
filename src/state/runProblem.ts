import { OverBudget, ScenarioError, type BudgetProblem, type ScenarioProblem } from '../strategies';

/**
 * Why a simulation run failed, as a value the UI words in its language (ui/timeline/runProblemText.ts). `detail`
 * is a browser's or the engine's own text, shown as it is.
 */
export type RunProblem =
  /** The worker raised an error event; `detail` is the event's message, null when it gave none. */
  | { readonly code: 'worker-failed'; readonly detail: string | null }
  | { readonly code: 'bad-message' }
  | { readonly code: 'start-worker'; readonly detail: string }
  | { readonly code: 'read-trace'; readonly detail: string }
  /** The scenario cannot run (`simulateScenario`'s `ScenarioError`). */
  | { readonly code: 'scenario'; readonly problems: readonly ScenarioProblem[] }
  /** Refused or stopped past its work budget: what made it large, and what fits. */
  | { readonly code: 'over-budget'; readonly budget: BudgetProblem }
  /** The user stopped the run. */
  | { readonly code: 'stopped' }
  | { readonly code: 'other'; readonly detail: string };

/** Anything thrown, as text: the error's message, or a string thrown as is. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string' && error) return error;
  return 'Unknown error.';
}

/**
 * What went wrong when simulating threw `error`.
 * @example runProblemOf(new ScenarioError([{ code: 'not-whole', key: 'workers' }])) // { code: 'scenario', problems: [...] }
 */
export function runProblemOf(error: unknown): RunProblem {
  if (error instanceof OverBudget) return { code: 'over-budget', budget: error.problem };
  if (error instanceof ScenarioError) return { code: 'scenario', problems: [...error.problems] };
  return { code: 'other', detail: describeError(error) };
}
