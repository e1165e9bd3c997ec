import type { Params, Scenario } from '../trace/scenario';

/** What a live run may ask of a browser tab: real requests, real workers, real busy loops. */
export const LIVE_LIMITS = {
  tasks: 1000,
  latencyMs: 10_000,
  workers: 16,
  concurrency: 1000,
  cpuMs: 2000,
} as const satisfies Partial<Record<keyof Params, number>>;

type LimitKey = keyof typeof LIVE_LIMITS;

/**
 * Messages for every parameter past its live limit (empty when the scenario can run live).
 * @example checkLive({ strategy: 'sequential', params: { ...p, tasks: 5000 }, seed: 1 })
 * // [{ key: 'tasks', limit: 1000, value: 5000 }]
 */
export function checkLive(
  scenario: Scenario,
): { readonly key: LimitKey; readonly limit: number; readonly value: number }[] {
  const out: { key: LimitKey; limit: number; value: number }[] = [];
  for (const key of Object.keys(LIVE_LIMITS) as LimitKey[]) {
    const value = scenario.params[key];
    if (value > LIVE_LIMITS[key]) out.push({ key, limit: LIVE_LIMITS[key], value });
  }
  return out;
}
