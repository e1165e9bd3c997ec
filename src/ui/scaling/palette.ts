import { getStrategy, type StrategyStyle } from '../../strategies';
import type { StrategyId } from '../../trace/scenario';

/**
 * A strategy's colour and dash, the same in every scaling chart (each strategy's `style`: Okabe–Ito hues plus
 * a dash pattern, so two curves never differ by colour alone).
 */
export const strategyStyle = (id: StrategyId): StrategyStyle => getStrategy(id).style;

/** Powers of ten inside [lo, hi] (at least the two ends), for log-axis ticks. */
export function decadeTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) ticks.push(10 ** e);
  return ticks;
}

/** Round durations for a log time axis, ms: 1 ms … 1,000 h, in steps a reader knows. */
const DURATION_TICKS = [1, 10, 100, 1e3, 1e4, 6e4, 6e5, 3.6e6, 3.6e7, 3.6e8, 3.6e9];

/** The round durations covering [lo, hi]: one at or below lo, one at or above hi, and those between. */
export function durationTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const below = [...DURATION_TICKS].reverse().find((t) => t <= lo) ?? DURATION_TICKS[0];
  const above = DURATION_TICKS.find((t) => t >= hi) ?? DURATION_TICKS[DURATION_TICKS.length - 1];
  return DURATION_TICKS.filter((t) => t >= below && t <= above);
}

/** A round duration as a short tick label: "100 ms", "10 s", "10 min", "100 h". */
export function durationTick(ms: number): string {
  if (ms >= 3.6e6) return `${+(ms / 3.6e6).toPrecision(3)} h`;
  if (ms >= 6e4) return `${+(ms / 6e4).toPrecision(3)} min`;
  if (ms >= 1000) return `${+(ms / 1000).toPrecision(3)} s`;
  return `${+ms.toPrecision(3)} ms`;
}
