/**
 * The checks `parseTrace` runs (shape, references, timeline invariants), as yes-or-no answers on a trace's
 * columns, for the Chrome-trace fast path (chromeTraceFast). They never word a problem: a "no" sends the file
 * down the general path, whose checks say what is wrong. Lanes are few, so theirs run through the very same
 * functions `parseTrace` uses, on the lanes alone.
 */
import { ENGINES, isObject, isRef, isShown, isTime } from './fastShape';
import { checkTraceInvariants } from './invariants';
import {
  MAX_ID_CHARS,
  MAX_LABEL_CHARS,
  MAX_LANES,
  MAX_TRACE_EVENTS,
  MAX_TRACE_SEGMENTS,
  MAX_TRACE_TASKS,
} from './limits';
import { checkReferences } from './references';
import { LanesSchema } from './schema';
import { ScenarioSchema } from './scenarioSchema';
import { isTerminal, TIME_EPSILON } from './terminal';
import type { TraceColumns } from './traceColumns';
import { EVENT_KINDS, TASK_STATES, TRACE_VERSION, type Trace } from './types';

/** The header's part of the columns: the trace's fields and its tasks (ids, labels and lanes interned). */
export type CheckedHeader = Pick<
  TraceColumns,
  | 'version'
  | 'engine'
  | 'scenario'
  | 'lanes'
  | 'cancelled'
  | 'taskId'
  | 'taskLabel'
  | 'taskLane'
  | 'mainTasks'
>;

/** The export's header (`otherData.trace`) when its shape and its lanes pass the checks; null when unsure. */
export function checkTraceHeader(header: unknown, intern: (s: string) => number): CheckedHeader | null {
  if (!isObject(header) || header.version !== TRACE_VERSION || !ENGINES.has(header.engine)) return null;
  const { tasks, cancelled } = header;
  if (!Array.isArray(tasks) || tasks.length > MAX_TRACE_TASKS) return null;
  if (!Array.isArray(header.lanes) || header.lanes.length > MAX_LANES) return null;
  if (cancelled !== undefined && typeof cancelled !== 'boolean') return null;
  const scenario = ScenarioSchema.safeParse(header.scenario);
  const lanes = LanesSchema.safeParse(header.lanes);
  if (!scenario.success || !lanes.success) return null;
  const onlyLanes: Trace = {
    version: TRACE_VERSION,
    engine: header.engine as Trace['engine'],
    scenario: scenario.data,
    lanes: lanes.data,
    tasks: [],
    events: [],
  };
  if (checkReferences(onlyLanes).length > 0 || checkTraceInvariants(onlyLanes).length > 0) return null;
  const n = tasks.length;
  const taskId = new Uint32Array(n);
  const taskLabel = new Uint32Array(n);
  const taskLane = new Uint32Array(n);
  const mainTasks: number[] = [];
  for (let i = 0; i < n; i++) {
    const t: unknown = tasks[i];
    if (!isObject(t) || !isShown(t.id, 1, MAX_ID_CHARS) || !isShown(t.label, 0, MAX_LABEL_CHARS)) return null;
    if (!isRef(t.lane) || (t.role !== undefined && t.role !== 'main')) return null;
    if (t.role === 'main') mainTasks.push(i);
    taskId[i] = intern(t.id);
    taskLabel[i] = intern(t.label);
    taskLane[i] = intern(t.lane);
  }
  return {
    version: TRACE_VERSION,
    engine: onlyLanes.engine,
    scenario: onlyLanes.scenario,
    lanes: onlyLanes.lanes,
    cancelled,
    taskId,
    taskLabel,
    taskLane,
    mainTasks,
  };
}

const TERMINAL = new Uint8Array(TASK_STATES.map((s) => (isTerminal(s) ? 1 : 0)));
/** Whether a state's code (its index in TASK_STATES) ends a task's life: `done` or `failed`. */
export const isTerminalCode = (code: number): boolean => TERMINAL[code] === 1;
const CALLBACK = EVENT_KINDS.indexOf('callback');

/**
 * Whether the columns (with their header checked) pass every check of `parseTrace`: counts, times in range,
 * every lane and task named exists, task ids unique, and the timeline invariants (`checkTraceInvariants`).
 */
export function checkTraceColumns(c: TraceColumns, strings: readonly string[]): boolean {
  const n = c.taskId.length;
  const segments = c.segState.length;
  const events = c.evKind.length;
  if (segments > MAX_TRACE_SEGMENTS || events > MAX_TRACE_EVENTS) return false;
  // References: lanes by id, tasks by id (interned: one string, one index), every id once.
  const laneIds = new Set(c.lanes.map((l) => l.id));
  const isLane = new Int8Array(strings.length);
  const laneKnown = (code: number) => {
    if (isLane[code] === 0) isLane[code] = laneIds.has(strings[code]) ? 1 : -1;
    return isLane[code] === 1;
  };
  const taskOf = new Int32Array(strings.length).fill(-1);
  for (let i = 0; i < n; i++) {
    if (taskOf[c.taskId[i]] >= 0 || !laneKnown(c.taskLane[i])) return false;
    taskOf[c.taskId[i]] = i;
  }
  const cancelled = c.cancelled === true;
  for (let i = 0; i < n; i++) {
    const from = c.segOffset[i];
    const to = c.segOffset[i + 1];
    if (from === to && !cancelled) return false;
    for (let k = from; k < to; k++) {
      const start = c.segStart[k];
      const end = c.segEnd[k];
      if (!isTime(start) || !isTime(end) || start > end || !laneKnown(c.segLane[k])) return false;
      const last = k === to - 1;
      if (isTerminalCode(c.segState[k])) {
        if (!last || Math.abs(end - start) > TIME_EPSILON) return false;
      } else if (end === start || (last && !cancelled)) return false;
      if (k > from && Math.abs(c.segEnd[k - 1] - start) > TIME_EPSILON) return false;
    }
  }
  for (let j = 0; j < events; j++) {
    const time = c.evTime[j];
    const end = c.evEnd[j];
    if (!isTime(time) || !laneKnown(c.evLane[j])) return false;
    if (!Number.isNaN(end) && (!isTime(end) || c.evKind[j] !== CALLBACK || end < time)) return false;
    if (j > 0 && time < c.evTime[j - 1]) return false;
    const code = c.evTask[j];
    if (code >= 0) {
      const task = taskOf[code];
      if (task < 0) return false;
      const from = c.segOffset[task];
      if (from < c.segOffset[task + 1] && time < c.segStart[from] - TIME_EPSILON) return false;
    }
  }
  return true;
}
