/** The trace layer's public API: the Trace v1 format, its schema, and the views derived from it. */
export * from './types';
export * from './scenario';

export { MAX_PARAM_MS, PARAM_LIMITS, ParamsSchema, ScenarioSchema } from './scenarioSchema';
export {
  LaneSchema,
  parseTrace,
  parseTraceJson,
  SegmentSchema,
  TaskSchema,
  TraceEventSchema,
  TraceSchema,
  type ParseResult,
} from './schema';
export { checkReferences } from './references';
export { checkTraceInvariants, maxConcurrent, runningPerLane, runningPerProcess } from './invariants';
export { isTerminal, lastTime, terminalSegment, TIME_EPSILON } from './terminal';

export { enclosingLaneOf, laneOrder, processLaneOf, topLevelLaneOf, type OrderedLane } from './lanes';
export { laneRows, type LaneRow, type LaneSegment } from './rows';
export { doneCount, failedCount, makespan, throughput } from './makespan';
export {
  distribution,
  nearestRank,
  taskLatencies,
  type Distribution,
  type Latencies,
  type TaskLatency,
} from './latency';
export { busyIntervalsByLane, busyLanesSeries, laneUtilisation, type Utilisation } from './busy';
export { inFlightSeries } from './inFlight';
export { segmentAt, stateAt } from './stateAt';
export { summarize, type TraceSummary } from './summary';
export { unionIntervals, type Interval, type StepPoint, type StepSeries } from './sweep';
