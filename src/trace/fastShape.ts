/**
 * A fast path for the shape check of a trace's large arrays (tasks, segments, events): plain loops instead of
 * zod's per-object parse, which is most of the check's time for a 10,000-task file. It accepts only what
 * `TraceSchema` accepts and returns the same data (unknown keys dropped); at the first doubt it returns null and
 * `parseTrace` runs zod, whose issues name the problem. So a bad file gets the same message either way
 * (`fastShape.test.ts` compares both on every fuzzed file). The small parts (scenario, lanes) go through zod.
 */
import {
  MAX_ID_CHARS,
  MAX_LABEL_CHARS,
  MAX_LANES,
  MAX_TRACE_EVENTS,
  MAX_TRACE_MS,
  MAX_TRACE_TASKS,
} from './limits';
import { ScenarioSchema } from './scenarioSchema';
import { forbiddenInLabel } from './text';
import {
  EVENT_KINDS,
  TASK_STATES,
  TRACE_VERSION,
  type Lane,
  type Segment,
  type Task,
  type Trace,
  type TraceEvent,
} from './types';
import type { z } from 'zod';

type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TRACE_MS;
export const isRef = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= MAX_ID_CHARS;
export const isShown = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max && forbiddenInLabel(v) === null;
const STATES = new Set<unknown>(TASK_STATES);
const KINDS = new Set<unknown>(EVENT_KINDS);
export const ENGINES = new Set<unknown>(['sim', 'live', 'python']);

function segmentOf(s: unknown): Segment | null {
  if (!isObject(s) || !STATES.has(s.state) || !isTime(s.start) || !isTime(s.end) || !isRef(s.lane))
    return null;
  const base = { state: s.state as Segment['state'], start: s.start, end: s.end, lane: s.lane };
  if (s.line === undefined) return base;
  const line = s.line;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > 100_000) return null;
  return { ...base, line };
}

function taskOf(t: unknown): Task | null {
  if (
    !isObject(t) ||
    !isShown(t.id, 1, MAX_ID_CHARS) ||
    !isShown(t.label, 0, MAX_LABEL_CHARS) ||
    !isRef(t.lane)
  )
    return null;
  if (t.role !== undefined && t.role !== 'main') return null;
  if (!Array.isArray(t.segments)) return null;
  const segments: Segment[] = new Array(t.segments.length);
  for (let i = 0; i < t.segments.length; i++) {
    const s = segmentOf(t.segments[i]);
    if (s === null) return null;
    segments[i] = s;
  }
  const task = { id: t.id, label: t.label, lane: t.lane, segments };
  return t.role === 'main' ? { ...task, role: 'main' } : task;
}

function eventOf(e: unknown): TraceEvent | null {
  if (!isObject(e) || !KINDS.has(e.kind) || !isTime(e.time) || !isRef(e.lane)) return null;
  const base = { kind: e.kind as TraceEvent['kind'], time: e.time, lane: e.lane };
  if (e.task !== undefined && !isRef(e.task)) return null;
  if (e.end !== undefined && !isTime(e.end)) return null;
  const task = e.task === undefined ? {} : { task: e.task };
  const end = e.end === undefined ? {} : { end: e.end };
  return { ...base, ...task, ...end };
}

/**
 * The trace `TraceSchema` would give for `json`, or null when a plain check is unsure (then ask zod).
 * `lanes` is the schema of lanes, passed in (it lives in schema.ts, which calls this).
 */
export function fastShape(json: unknown, lanes: z.ZodType<Lane[]>): Trace | null {
  if (!isObject(json) || json.version !== TRACE_VERSION || !ENGINES.has(json.engine)) return null;
  const { tasks, events, cancelled, program } = json;
  if (!Array.isArray(tasks) || tasks.length > MAX_TRACE_TASKS) return null;
  if (!Array.isArray(events) || events.length > MAX_TRACE_EVENTS) return null;
  if (!Array.isArray(json.lanes) || json.lanes.length > MAX_LANES) return null;
  if (cancelled !== undefined && typeof cancelled !== 'boolean') return null;
  if (program !== undefined && (typeof program !== 'string' || program.length > 100_000)) return null;
  const scenario = ScenarioSchema.safeParse(json.scenario);
  const lanesParsed = lanes.safeParse(json.lanes);
  if (!scenario.success || !lanesParsed.success) return null;
  const outTasks: Task[] = new Array(tasks.length);
  for (let i = 0; i < tasks.length; i++) {
    const t = taskOf(tasks[i]);
    if (t === null) return null;
    outTasks[i] = t;
  }
  const outEvents: TraceEvent[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = eventOf(events[i]);
    if (e === null) return null;
    outEvents[i] = e;
  }
  return {
    version: TRACE_VERSION,
    engine: json.engine as Trace['engine'],
    scenario: scenario.data,
    lanes: lanesParsed.data,
    tasks: outTasks,
    events: outEvents,
    ...(cancelled === undefined ? {} : { cancelled }),
    ...(program === undefined ? {} : { program }),
  };
}
