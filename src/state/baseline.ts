import type { Scenario } from '../trace/scenario';
import type { Trace } from '../trace/types';
import { SHARED_WORK, defaultParams, simulateOutcome } from '../strategies';

/** Above this many tasks the sequential baseline is not simulated on the page's thread. */
export const BASELINE_MAX_TASKS = 2000;

export type Baseline =
  | { readonly kind: 'same' }
  | { readonly kind: 'ok'; readonly makespanMs: number }
  | { readonly kind: 'too-large'; readonly tasks: number }
  | { readonly kind: 'failed'; readonly message: string };

const cache = new Map<string, Baseline>();
const CACHE_SIZE = 16;

/**
 * How long `sequential` takes for the same work (tasks, latency, jitter, CPU, seed) as this trace's scenario:
 * the reference every speed-up is measured against. Memoised by scenario; skipped for very large runs.
 * @example baselineFor(trace) // { kind: 'ok', makespanMs: 15015 }
 */
export function baselineFor(trace: Trace): Baseline {
  const scenario = trace.scenario;
  if (scenario.strategy === 'sequential') return { kind: 'same' };
  if (scenario.params.tasks > BASELINE_MAX_TASKS) return { kind: 'too-large', tasks: scenario.params.tasks };
  // The same work with requests.get in a loop. The client's CPU per request belongs to the library: a run that
  // uses requests too keeps its own; an aiohttp run's is replaced by requests' default.
  const ownLibrary =
    defaultParams(scenario.strategy).requestCpuMs === defaultParams('sequential').requestCpuMs;
  const requestCpuMs = ownLibrary ? scenario.params.requestCpuMs : defaultParams('sequential').requestCpuMs;
  // Only the shared work travels: the strategy's own knobs (run_in_executor's workers = 0, the default
  // executor) may be out of sequential's bounds, which failed the baseline with an English error.
  const shared = Object.fromEntries(SHARED_WORK.map((k) => [k, scenario.params[k]]));
  const params = { ...defaultParams('sequential'), ...shared, requestCpuMs };
  const sequential: Scenario = { ...scenario, strategy: 'sequential', params };
  const key = JSON.stringify(sequential);
  const hit = cache.get(key);
  if (hit) return hit;
  let result: Baseline;
  try {
    // Outcome mode: the makespan without recording every segment and event the baseline never shows.
    result = { kind: 'ok', makespanMs: simulateOutcome(sequential).makespanMs };
  } catch (error) {
    result = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}
