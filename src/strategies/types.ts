import type { ParamKey, Params, StrategyId } from '../trace/scenario';
import type { SimProcess } from '../sim/cpu';
import type { World } from '../sim/world';
import type { NumericParamSpec } from '../trace/params';

/** Bounds and scale of one numeric parameter (its one spec, src/trace/params.ts). */
export type ParamSpec = NumericParamSpec;

/** 1-based lines of a strategy's `program`, by task state. */
export interface SourceLines {
  readonly running?: number;
  readonly suspended?: number;
  readonly blocked?: number;
  readonly queued?: number;
  readonly ready?: number;
  /** Where main() awaits the other tasks (`await asyncio.wait(tasks)`): its line while it is suspended. */
  readonly main?: number;
  /** The body of a done-callback: lit while the loop runs one. */
  readonly callback?: number;
}

export type StrategyGroup = 'basics' | 'io' | 'pools';

/**
 * What a task that has not started yet waits for, in the strategy's own words: its turn in a for-loop, the
 * semaphore, a connection of the session's pool, or a pool worker. The UI words it per language.
 */
export type QueueKind = 'loop-turn' | 'semaphore' | 'connection' | 'worker';

/** The parameter that sizes a strategy's pool or limit (what the scaling sweep's pool curve varies). */
export type PoolParam = Extract<ParamKey, 'workers' | 'concurrency' | 'connectorLimit'>;

/** How a strategy's curve is drawn in every chart: an Okabe–Ito hue (colour-blind safe) and a dash pattern. */
export interface StrategyStyle {
  readonly color: string;
  /** SVG dash array; '' for a solid line. Two curves never differ by colour alone. */
  readonly dash: string;
}

/** The basics scenes' one style: they are never compared, so they need no hue of their own. */
export const BASICS_STYLE: StrategyStyle = { color: '#999999', dash: '1 2' };

/** What Compare and Scaling need of a strategy they offer. */
export interface Comparison {
  /** The parameter the pool-size curve varies; null for strategies without a pool or a limit. */
  readonly poolParam: PoolParam | null;
  /**
   * Relative simulation cost per task (CPU ms per 1,000 tasks at 100,000 tasks, measured on the project
   * machine), without and with CPU work; it evens out the scaling progress bar and the sweep's shards.
   */
  readonly sweepCost: readonly [io: number, cpu: number];
}

/** One entry of the catalogue: what the strategy is, the Python it stands for, and how to simulate it. */
export interface Strategy {
  readonly id: StrategyId;
  readonly group: StrategyGroup;
  readonly title: string;
  /** One line shown in the picker. */
  readonly hint: string;
  /** A short plain-language explanation, one string per paragraph. */
  readonly explanation: readonly string[];
  /**
   * The Python program it stands for, complete and runnable as shown for these parameters (constants at the
   * top; see pythonProgram.ts). Its line count does not depend on the parameters, so `lines` hold for all.
   */
  readonly program: (params: Params) => string;
  /** What its queued tasks wait for; absent when its tasks never queue. */
  readonly queue?: QueueKind;
  /** Where a task in each state is in `program` (1-based line numbers), for highlighting during playback. */
  readonly lines?: SourceLines;
  /** The parameters this strategy uses, in the order the controls show them. */
  readonly params: readonly ParamKey[];
  /** Defaults for this strategy (over the shared defaults). */
  readonly defaults: Partial<Params>;
  readonly style: StrategyStyle;
  /** How Compare and Scaling offer it; null for the basics scenes, which tell a story of their own. */
  readonly comparison: Comparison | null;
  /**
   * Lays out the simulation of these parameters in `world` (its main process is `main`): processes, threads,
   * loops and tasks. `run.ts` then runs the world to a trace or only to its outcome; deterministic for a seed.
   */
  readonly setUp: (world: World, main: SimProcess, params: Params) => void;
}
