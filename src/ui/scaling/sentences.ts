/**
 * What each scaling curve shows, read off the computed points: pure functions that return the facts of a
 * sentence (which strategy, where, how much), so the wording can be translated and the facts tested.
 */
import type { SweepBase, SweepPoint, SweepSeries } from '../../state/scalingModel';
import type { StrategyId } from '../../trace/scenario';

/** A strategy whose workers are threads sharing one GIL. */
const THREADED: readonly StrategyId[] = ['thread-pool', 'run-in-executor'];
const PROCESSES: readonly StrategyId[] = ['process-pool', 'aiomultiprocess'];

const last = (points: readonly SweepPoint[]) => points[points.length - 1];
const at = (points: readonly SweepPoint[], x: number) => points.find((p) => p.x === x);

export type TasksFact =
  | {
      readonly kind: 'pair';
      readonly n: number;
      readonly fast: StrategyId;
      readonly fastMs: number;
      readonly slow: StrategyId;
      readonly slowMs: number;
      readonly nGrowth: number;
      readonly growth: number;
    }
  | {
      readonly kind: 'one';
      readonly n: number;
      readonly fast: StrategyId;
      readonly fastMs: number;
      readonly nGrowth: number;
      readonly growth: number;
    };

/**
 * The N curve: at the largest N, the fastest and the slowest strategy, and how the slowest one's time grew
 * over the last two decades of N (≈ the same factor means linear growth).
 */
export function tasksFact(series: readonly SweepSeries[]): TasksFact | null {
  const curves = series.filter((s) => s.axis === 'tasks' && s.points.length >= 2);
  if (curves.length === 0) return null;
  const n = Math.min(...curves.map((c) => last(c.points).x));
  const ranked = curves
    .map((c) => ({ c, ms: at(c.points, n)?.makespanMs ?? Infinity }))
    .sort((a, b) => a.ms - b.ms);
  const fast = ranked[0];
  const slow = ranked[ranked.length - 1];
  const growthOf = (points: readonly SweepPoint[]) => {
    const from = [...points].reverse().find((p) => p.x <= n / 100) ?? points[0];
    const to = at(points, n) ?? last(points);
    return { nGrowth: to.x / from.x, growth: to.makespanMs / from.makespanMs };
  };
  if (ranked.length === 1)
    return { kind: 'one', n, fast: fast.c.strategy, fastMs: fast.ms, ...growthOf(fast.c.points) };
  return {
    kind: 'pair',
    n,
    fast: fast.c.strategy,
    fastMs: fast.ms,
    slow: slow.c.strategy,
    slowMs: slow.ms,
    ...growthOf(slow.c.points),
  };
}

export type PoolReason = 'gil' | 'loop' | 'cores' | 'tasks' | 'latency' | 'startup';
export type PoolFact =
  | {
      readonly kind: 'plateau';
      readonly strategy: StrategyId;
      readonly x: number;
      readonly cpuMs: number;
      readonly reason: PoolReason;
    }
  | { readonly kind: 'rising'; readonly strategy: StrategyId; readonly x: number }
  | { readonly kind: 'none' };

/** Below this relative gain, one more doubling of the pool "does not help". */
export const HELP_THRESHOLD = 0.05;

/**
 * The pool curve: the first strategy (earliest plateau first) past whose pool size doubling it gains less than
 * 5 %, and the reason: the CPU work alone fills the GIL (threads), the event loop (asyncio) or the cores
 * (processes); or there are no more tasks than workers; or process start-up; or every request is in flight.
 */
export function poolFact(series: readonly SweepSeries[], base: SweepBase): PoolFact {
  const curves = series.filter((s) => s.axis === 'pool' && s.points.length >= 2);
  if (curves.length === 0) return { kind: 'none' };
  const found = curves.map((c) => {
    const i = c.points.findIndex(
      (p, k) =>
        k + 1 < c.points.length &&
        c.points.slice(k + 1).every((q) => q.makespanMs >= p.makespanMs * (1 - HELP_THRESHOLD)),
    );
    return { c, i };
  });
  const plateaus = found.filter((f) => f.i >= 0).sort((a, b) => a.c.points[a.i].x - b.c.points[b.i].x);
  if (plateaus.length === 0) {
    const c = curves[0];
    return { kind: 'rising', strategy: c.strategy, x: last(c.points).x };
  }
  // Prefer a plateau the CPU explains (the story the chart is for), then the earliest.
  const explained =
    plateaus.find(
      (f) => base.cpuMs > 0 && (THREADED.includes(f.c.strategy) || PROCESSES.includes(f.c.strategy)),
    ) ?? plateaus[0];
  const { c, i } = explained;
  const x = c.points[i].x;
  const ms = c.points[i].makespanMs;
  const next = c.points[i + 1];
  const processes = PROCESSES.includes(c.strategy);
  // The CPU work alone takes this long: one GIL for threads and one event loop, the cores for processes.
  const cpuFloor = (base.tasks * base.cpuMs) / (processes ? Math.min(base.cores, x) : 1);
  const cpuBound =
    base.cpuMs > 0 && cpuFloor >= base.latencyMs / 2 && ms <= 1.25 * (cpuFloor + base.latencyMs);
  let reason: PoolReason = 'latency';
  if (cpuBound) reason = processes ? 'cores' : THREADED.includes(c.strategy) ? 'gil' : 'loop';
  else if (x >= base.tasks) reason = 'tasks';
  else if (processes && next.makespanMs > ms) reason = 'startup';
  return { kind: 'plateau', strategy: c.strategy, x, cpuMs: base.cpuMs, reason };
}

export type CpuFact =
  | {
      readonly kind: 'pair';
      readonly fast: StrategyId;
      readonly slow: StrategyId;
      readonly cpuMs: number;
      readonly factor0: number;
      readonly factor1: number;
    }
  | {
      readonly kind: 'one';
      readonly strategy: StrategyId;
      readonly cpuMs: number;
      readonly t0: number;
      readonly t1: number;
    };

/**
 * The CPU curve: the fastest and slowest strategies with no CPU work, and how the gap between them changes at
 * the most CPU per task.
 */
export function cpuFact(series: readonly SweepSeries[]): CpuFact | null {
  const curves = series.filter((s) => s.axis === 'cpuMs' && s.points.length >= 2);
  if (curves.length === 0) return null;
  const cpuMs = Math.min(...curves.map((c) => last(c.points).x));
  if (curves.length === 1) {
    const p = curves[0].points;
    return {
      kind: 'one',
      strategy: curves[0].strategy,
      cpuMs,
      t0: p[0].makespanMs,
      t1: (at(p, cpuMs) ?? last(p)).makespanMs,
    };
  }
  const ranked = [...curves].sort((a, b) => a.points[0].makespanMs - b.points[0].makespanMs);
  const fast = ranked[0];
  const slow = ranked[ranked.length - 1];
  const end = (c: SweepSeries) => (at(c.points, cpuMs) ?? last(c.points)).makespanMs;
  return {
    kind: 'pair',
    fast: fast.strategy,
    slow: slow.strategy,
    cpuMs,
    factor0: slow.points[0].makespanMs / fast.points[0].makespanMs,
    factor1: end(slow) / end(fast),
  };
}
