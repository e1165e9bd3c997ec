import { laneUtilisation, busyLanesSeries } from './busy';
import { inFlightSeries } from './inFlight';
import { taskLatencies } from './latency';
import { failedCount, makespan, throughput } from './makespan';
import type { Trace } from './types';

/** The headline figures of one run, as the CLI prints them and the UI's stats panel shows them. */
export interface TraceSummary {
  readonly makespanMs: number;
  /** Tasks done per second of makespan. */
  readonly throughputPerS: number;
  /** Number of tasks in the trace. */
  readonly tasks: number;
  readonly failed: number;
  /** Whole-life latency (finish − first segment start) of finished tasks, ms; nearest-rank percentiles. */
  readonly latency: {
    readonly mean: number;
    readonly p50: number;
    readonly p95: number;
    readonly max: number;
  };
  readonly peakInFlight: number;
  readonly peakBusyLanes: number;
  /** Mean busy fraction of thread and event-loop lanes, in [0, 1] (see `laneUtilisation`). */
  readonly utilisation: number;
}

/** Everything in `TraceSummary`, computed in O(n log n) for n segments and events. */
export function summarize(trace: Trace): TraceSummary {
  const { mean, p50, p95, max } = taskLatencies(trace).latency;
  return {
    makespanMs: makespan(trace),
    throughputPerS: throughput(trace),
    tasks: trace.tasks.length,
    failed: failedCount(trace),
    latency: { mean, p50, p95, max },
    peakInFlight: inFlightSeries(trace).peak,
    peakBusyLanes: busyLanesSeries(trace).peak,
    utilisation: laneUtilisation(trace).overall,
  };
}
