import type { Params, Scenario, StrategyId } from '../trace/scenario';
import { DEFAULT_SEED, defaultParams, type SharedWorkKey } from '../strategies';
import { sequentialOf } from '../strategies/baseline';
import { checkNumber, type NumericParamKey, type ParamProblem } from '../trace/params';

/** The work every compared entry shares (the strategies' shared work): the same requests, so the runs compare. */
export type WorkKey = SharedWorkKey;
export type Work = Pick<Params, WorkKey>;

/** What each entry sets for itself: the pool and the machine. */
export const POOL_KEYS = [
  'workers',
  'concurrency',
  'connectorLimit',
  'chunksize',
  'cores',
  'startupMs',
] as const;
export type PoolKey = (typeof POOL_KEYS)[number];
export type Pool = Pick<Params, PoolKey>;

export const MIN_ENTRIES = 2;
export const MAX_ENTRIES = 6;

/** One column of a comparison: a strategy with its own pool parameters; `key` is stable across edits. */
export interface CompareEntry {
  readonly key: number;
  readonly strategy: StrategyId;
  readonly pool: Pool;
}

/** The strategies worth comparing (each strategy's `comparison`; the basics scenes tell a story of their own). */
export { COMPARABLE } from '../strategies';

export function poolOf(params: Params): Pool {
  const { workers, concurrency, connectorLimit, chunksize, cores, startupMs } = params;
  return { workers, concurrency, connectorLimit, chunksize, cores, startupMs };
}

export function workOf(params: Params): Work {
  const { tasks, latencyMs, jitterMs, jitterKind, overheadMs, cpuMs } = params;
  return { tasks, latencyMs, jitterMs, jitterKind, overheadMs, cpuMs };
}

/** The default pool of a strategy. */
export const defaultPool = (strategy: StrategyId): Pool => poolOf(defaultParams(strategy));

/** The scenario an entry simulates: its strategy's defaults, the shared work, then its own pool. */
export function entryScenario(
  entry: Pick<CompareEntry, 'strategy' | 'pool'>,
  work: Work,
  seed: number,
): Scenario {
  return {
    strategy: entry.strategy,
    params: { ...defaultParams(entry.strategy), ...work, ...entry.pool },
    seed,
  };
}

/** `sequential` doing the same work: what every speed-up is measured against (see strategies/baseline.ts). */
export function baselineScenario(work: Work, seed: number): Scenario {
  return sequentialOf(entryScenario({ strategy: 'sequential', pool: defaultPool('sequential') }, work, seed));
}

/** Why a work or pool value cannot run, or null. */
export const checkValue = (key: NumericParamKey, value: number): ParamProblem | null =>
  checkNumber(key, value);

/** Why part of a comparison link was not used; the Compare tab words it in the UI language. */
export type CompareLinkProblem =
  | { readonly code: 'unknown-strategy'; readonly name: string }
  | { readonly code: 'bad-setting'; readonly part: string; readonly strategy: StrategyId }
  | { readonly code: 'bad-work'; readonly part: string }
  | { readonly code: 'too-many'; readonly max: number; readonly count: number }
  | { readonly code: 'too-few'; readonly min: number };

/** A one-click comparison. */
export interface ComparePreset {
  readonly id: 'tutorial' | 'hundred';
  readonly work: Work;
  readonly strategies: readonly StrategyId[];
}

const TUTORIAL_WORK: Work = workOf(defaultParams('sequential'));

export const COMPARE_PRESETS: readonly ComparePreset[] = [
  // The tutorial's opening: 5 requests to a 3-second endpoint.
  {
    id: 'tutorial',
    work: { ...TUTORIAL_WORK, tasks: 5, latencyMs: 3000 },
    strategies: ['sequential', 'async-blocking', 'asyncio-gather'],
  },
  // Its closing: 100 requests from one process (sequential), a process pool, and aiomultiprocess.
  {
    id: 'hundred',
    work: { ...TUTORIAL_WORK, tasks: 100, latencyMs: 3000 },
    strategies: ['sequential', 'process-pool', 'aiomultiprocess'],
  },
];

export const DEFAULT_COMPARE = {
  work: COMPARE_PRESETS[0].work,
  strategies: COMPARE_PRESETS[0].strategies,
  seed: DEFAULT_SEED,
};
