/** The trace layer's public API: the Trace v1 format, its schema, and the views derived from it. */
export * from './types';
export * from './scenario';

export * from './params';
export { ParamsSchema, ScenarioSchema } from './scenarioSchema';
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
export { checkReferences, laneDepths } from './references';
export { checkTraceInvariants, maxConcurrent, runningPerLane, runningPerProcess } from './invariants';
export { isTerminal, lastTime, terminalSegment, TIME_EPSILON } from './terminal';

export { enclosingLaneOf, laneOrder, processLaneOf, topLevelLaneOf, type OrderedLane } from './lanes';
export { laneRows, type LaneRow, type LaneSegment } from './rows';
export { doneCount, failedCount, makespan, throughput } from './makespan';
export { traceExtent } from './extent';
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
export { summarize, type Spread, type TraceSummary } from './summary';
export { isRequest, requestCount, responseTimes } from './requests';
export { unionIntervals, type Interval, type StepPoint, type StepSeries } from './sweep';
export { toChromeTrace, CHROME_TRACE_FORMAT, type ChromeEvent, type ChromeTrace } from './chromeTrace';
export { fromChromeTrace, isChromeTrace } from './fromChromeTrace';
export {
  checkTraceFileSize,
  MAX_TRACE_FILE_BYTES,
  readTraceFile,
  type TraceFileFormat,
  type TraceFileResult,
} from './readTraceFile';
export {
  pythonStateAt,
  type ProcessAt,
  type PythonState,
  type RequestAt,
  type RunnerAt,
  type TaskAt,
} from './pythonState';
export { eventTimes, nextTime, previousTime } from './eventTimes';
export { CALLOUT_KINDS, findCallouts, type Callout, type CalloutKind } from './callouts';
export {
  MAX_STEPS,
  stepIndexAt,
  walkthrough,
  WALK_ORDER,
  type WalkChange,
  type WalkPart,
  type WalkStep,
} from './walkthrough';
export { forbiddenInLabel, plainText } from './text';
export {
  MAX_ID_CHARS,
  MAX_LABEL_CHARS,
  MAX_LANE_DEPTH,
  MAX_LANES,
  MAX_TRACE_EVENTS,
  MAX_TRACE_MS,
  MAX_TRACE_SEGMENTS,
  MAX_TRACE_TASKS,
} from './limits';
