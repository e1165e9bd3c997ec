import type { CompareEntry } from '../../state';
import type { StrategyId } from '../../trace/scenario';
import { summarize } from '../../trace/summary';
import type { Trace } from '../../trace/types';

/** One row of the comparison: an entry's headline figures, or null figures while it simulates. */
export interface CompareRow {
  readonly key: number;
  readonly index: number;
  readonly strategy: StrategyId;
  readonly trace: Trace | null;
  readonly makespanMs: number | null;
  readonly throughputPerS: number | null;
  readonly peakInFlight: number | null;
  /** Sequential's makespan on the same work over this entry's; null until both are known. */
  readonly speedUp: number | null;
}

const summaries = new WeakMap<Trace, ReturnType<typeof summarize>>();
const summaryOf = (trace: Trace) => {
  let s = summaries.get(trace);
  if (!s) {
    s = summarize(trace);
    summaries.set(trace, s);
  }
  return s;
};

/**
 * The figures of each entry, in the entries' order. A trace only counts when it was made for the entry's
 * strategy (a stale one from before a strategy change is ignored).
 * @example compareRows(entries, traces, 15015)[2].speedUp // ≈ 5 for asyncio-gather on the tutorial
 */
export function compareRows(
  entries: readonly CompareEntry[],
  traces: Readonly<Record<number, Trace>>,
  baselineMs: number | null,
): CompareRow[] {
  return entries.map((entry, index) => {
    const trace = traces[entry.key]?.scenario.strategy === entry.strategy ? traces[entry.key] : null;
    const s = trace ? summaryOf(trace) : null;
    return {
      key: entry.key,
      index,
      strategy: entry.strategy,
      trace,
      makespanMs: s?.makespanMs ?? null,
      throughputPerS: s?.throughputPerS ?? null,
      peakInFlight: s?.peakInFlight ?? null,
      speedUp: s && baselineMs !== null && s.makespanMs > 0 ? baselineMs / s.makespanMs : null,
    };
  });
}

/** The shared time axis: 0 to the longest makespan of the entries drawn so far (null before any). */
export function sharedExtent(rows: readonly CompareRow[]): readonly [number, number] | null {
  const longest = Math.max(0, ...rows.map((r) => r.makespanMs ?? 0));
  return longest > 0 ? [0, longest] : null;
}
