/**
 * The sequential baseline: how long `requests.get` in a loop takes for the same work. Every speed-up, in the
 * explorer's figures and on the Compare screen, is measured against it, and both read and fill the one cache
 * here, keyed by the baseline's own scenario.
 */
import type { Scenario } from '../trace/scenario';
import type { Trace } from '../trace/types';
import { defaultParams, simulateOutcome } from './run';
import { SHARED_WORK } from './switchStrategy';

/** Above this many tasks the explorer's baseline is not simulated (on the page's thread). */
export const BASELINE_MAX_TASKS = 2000;

export type Baseline =
  | { readonly kind: 'same' }
  | { readonly kind: 'ok'; readonly makespanMs: number }
  | { readonly kind: 'too-large'; readonly tasks: number }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * `sequential` doing the same work as `scenario` (tasks, latency, jitter, overheads, CPU, seed). The client's
 * CPU per request belongs to the library: a run that uses requests too keeps its own; an aiohttp run's is
 * replaced by requests' default.
 */
export function sequentialOf(scenario: Scenario): Scenario {
  const sequential = defaultParams('sequential');
  const ownLibrary = defaultParams(scenario.strategy).requestCpuMs === sequential.requestCpuMs;
  const work = Object.fromEntries(SHARED_WORK.map((key) => [key, scenario.params[key]]));
  return {
    strategy: 'sequential',
    params: {
      ...sequential,
      ...work,
      requestCpuMs: ownLibrary ? scenario.params.requestCpuMs : sequential.requestCpuMs,
    },
    seed: scenario.seed,
  };
}

const CACHE_SIZE = 32;
const cache = new Map<string, Baseline>();
const keyOf = (sequential: Scenario) => JSON.stringify(sequential);

/** The baseline already known for this sequential scenario, if any. */
export const knownBaseline = (sequential: Scenario): Baseline | undefined => cache.get(keyOf(sequential));

/** Remembers a baseline (the oldest is forgotten past CACHE_SIZE). */
export function rememberBaseline(sequential: Scenario, baseline: Baseline): Baseline {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(keyOf(sequential), baseline);
  return baseline;
}

/**
 * The baseline of a trace's scenario: the run itself for `sequential`, skipped past BASELINE_MAX_TASKS,
 * otherwise simulated in outcome mode (the makespan without recording what the baseline never shows) and
 * cached. Runs prime it when they complete, so drawing only reads the cache.
 * @example baselineFor(trace) // { kind: 'ok', makespanMs: 15015 }
 */
export function baselineFor(trace: Trace): Baseline {
  const scenario = trace.scenario;
  if (scenario.strategy === 'sequential') return { kind: 'same' };
  if (scenario.params.tasks > BASELINE_MAX_TASKS) return { kind: 'too-large', tasks: scenario.params.tasks };
  const sequential = sequentialOf(scenario);
  const known = knownBaseline(sequential);
  if (known) return known;
  try {
    return rememberBaseline(sequential, { kind: 'ok', makespanMs: simulateOutcome(sequential).makespanMs });
  } catch (error) {
    return rememberBaseline(sequential, {
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
