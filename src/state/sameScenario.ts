import type { ParamKey, Scenario } from '../trace/scenario';

/** Whether two scenarios draw the same picture: same strategy, seed and every parameter. */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  if (a === b) return true;
  if (a.strategy !== b.strategy || a.seed !== b.seed) return false;
  const keys = new Set([...Object.keys(a.params), ...Object.keys(b.params)]) as Set<ParamKey>;
  for (const key of keys) if (a.params[key] !== b.params[key]) return false;
  return true;
}
