import type { ParamKey, Params, StrategyId } from '../trace/scenario';
import type { Trace } from '../trace/types';
import type { Detail } from '../sim/recorder';

/** Bounds and presentation of one numeric parameter (shared by every strategy that uses it). */
export interface ParamSpec {
  readonly key: ParamKey;
  readonly label: string;
  /** Unit shown next to the value, e.g. "ms"; empty for counts. */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Whether the slider should move on a log scale (counts and latencies spanning decades). */
  readonly log: boolean;
  /** One line shown under the control. */
  readonly help: string;
}

/** 1-based lines of a strategy's `python` source, by task state. */
export interface SourceLines {
  readonly running?: number;
  readonly suspended?: number;
  readonly blocked?: number;
  readonly queued?: number;
  readonly ready?: number;
  /** Where main() awaits the other tasks (`await asyncio.wait(tasks)`): its line while it is suspended. */
  readonly main?: number;
}

export type StrategyGroup = 'basics' | 'io' | 'pools';

/** One entry of the catalogue: what the strategy is, the Python it stands for, and how to simulate it. */
export interface Strategy {
  readonly id: StrategyId;
  readonly group: StrategyGroup;
  readonly title: string;
  /** One line shown in the picker. */
  readonly hint: string;
  /** A short plain-language explanation, one string per paragraph. */
  readonly explanation: readonly string[];
  /** The Python program it stands for. */
  readonly python: string;
  /** Where a task in each state is in `python` (1-based line numbers), for highlighting during playback. */
  readonly lines?: SourceLines;
  /** The parameters this strategy uses, in the order the controls show them. */
  readonly params: readonly ParamKey[];
  /** Defaults for this strategy (over the shared defaults). */
  readonly defaults: Partial<Params>;
  /** Build the trace for these parameters; deterministic for a given seed. */
  readonly simulate: (params: Params, seed: number, detail?: Detail) => Trace;
}
