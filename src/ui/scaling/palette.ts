import type { StrategyId } from '../../trace/scenario';

/**
 * One colour and one dash per strategy, the same in every scaling chart: Okabe–Ito hues (colour-blind safe)
 * plus a dash pattern, so two curves never differ by colour alone.
 */
export const STRATEGY_STYLE: Readonly<Record<StrategyId, { readonly color: string; readonly dash: string }>> =
  {
    sequential: { color: '#D55E00', dash: '' },
    'async-blocking': { color: '#CC79A7', dash: '2 3' },
    'asyncio-gather': { color: '#0072B2', dash: '' },
    'asyncio-semaphore': { color: '#56B4E9', dash: '6 3' },
    'thread-pool': { color: '#E69F00', dash: '' },
    'run-in-executor': { color: '#999999', dash: '6 3' },
    'process-pool': { color: '#009E73', dash: '' },
    aiomultiprocess: { color: 'var(--fg)', dash: '4 2 1 2' },
    'task-lifecycle': { color: '#999999', dash: '1 2' },
    'done-callbacks': { color: '#999999', dash: '1 2' },
    'asyncio-wait': { color: '#999999', dash: '1 2' },
  };

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
