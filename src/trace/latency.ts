import { isRequest } from './requests';
import { terminalSegment } from './terminal';
import type { Trace } from './types';

export interface Distribution {
  /** How many values it summarises. */
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface TaskLatency {
  readonly task: string;
  /** Whole life: finish − start of the first segment (includes time queued), ms. */
  readonly latency: number;
  /** Finish − start of the first segment that is not `queued`, ms: time since it got going. */
  readonly serviceTime: number;
}

export interface Latencies {
  /** One entry per finished task (done or failed), in trace order. */
  readonly perTask: readonly TaskLatency[];
  readonly latency: Distribution;
  readonly serviceTime: Distribution;
}

/**
 * The nearest-rank percentile of ascending `sorted` values: the smallest value with at least p% of values at
 * or below it, i.e. `sorted[ceil(p/100 · n) − 1]` (the minimum for p = 0). 0 for no values.
 *
 * @example nearestRank([1, 2, 3, 4], 50) // 2
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Mean, nearest-rank p50 and p95, and max; all 0 for no values. */
export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0, mean: 0, p50: 0, p95: 0, max: 0 };
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: sorted.length,
    mean: sum / sorted.length,
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    max: sorted[sorted.length - 1],
  };
}

/**
 * Per finished request (done or failed: a failure is also an answer the caller waited for), its latency and
 * service time, and their distributions. Tasks a cancelled run left unfinished are left out.
 */
export function taskLatencies(trace: Trace): Latencies {
  const perTask: TaskLatency[] = [];
  for (const task of trace.tasks) {
    if (!isRequest(task)) continue;
    const terminal = terminalSegment(task);
    if (terminal === undefined) continue;
    const finish = terminal.start;
    // The terminal segment itself is not queued, so a task queued until it failed has serviceTime 0.
    const serving = task.segments.find((s) => s.state !== 'queued') ?? terminal;
    perTask.push({
      task: task.id,
      latency: finish - task.segments[0].start,
      serviceTime: finish - serving.start,
    });
  }
  return {
    perTask,
    latency: distribution(perTask.map((t) => t.latency)),
    serviceTime: distribution(perTask.map((t) => t.serviceTime)),
  };
}
