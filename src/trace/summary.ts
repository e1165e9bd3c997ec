import { laneUtilisation, busyLanesSeries } from './busy';
import { inFlightSeries } from './inFlight';
import { distribution, taskLatencies } from './latency';
import { failedCount, makespan, throughput } from './makespan';
import { requestCount, responseTimes } from './requests';
import type { Trace } from './types';

/** Mean, nearest-rank p50 and p95, and max of some durations, ms. */
export interface Spread {
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** The headline figures of one run, as the CLI prints them and the UI's stats panel shows them. */
export interface TraceSummary {
  readonly makespanMs: number;
  /** Requests done per second of makespan. */
  readonly throughputPerS: number;
  /** Number of requests in the trace (main(), a coroutine that only awaits them, is not one). */
  readonly tasks: number;
  readonly failed: number;
  /** Per answered request, send → response, ms: the endpoint as the client sees it. */
  readonly responseTime: Spread;
  /**
   * Per finished request, from its task's creation (the program's start, for every strategy here) to its finish,
   * ms: queueing, waiting and CPU work included.
   */
  readonly completion: Spread;
  readonly peakInFlight: number;
  readonly peakBusyLanes: number;
  /** Mean busy fraction of thread and event-loop lanes, in [0, 1] (see `laneUtilisation`). */
  readonly utilisation: number;
}

const spread = ({ mean, p50, p95, max }: Spread): Spread => ({ mean, p50, p95, max });

/** Everything in `TraceSummary`, computed in O(n log n) for n segments and events. */
export function summarize(trace: Trace): TraceSummary {
  return {
    makespanMs: makespan(trace),
    throughputPerS: throughput(trace),
    tasks: requestCount(trace),
    failed: failedCount(trace),
    responseTime: spread(distribution(responseTimes(trace))),
    completion: spread(taskLatencies(trace).latency),
    peakInFlight: inFlightSeries(trace).peak,
    peakBusyLanes: busyLanesSeries(trace).peak,
    utilisation: laneUtilisation(trace).overall,
  };
}
