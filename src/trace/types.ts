/**
 * The one Trace format every view reads. Version 1.
 *
 * Times are milliseconds from the run's origin (t = 0 when the program starts).
 * A task's `segments` cover its whole life, in order, without gaps or overlaps; every segment but the last
 * has `end > start`; the last is a zero-length terminal segment, `done` or `failed`, at the task's finish.
 */
import type { Scenario } from './scenario';

export const TRACE_VERSION = 1 as const;

/** What a task is doing during a segment. */
export type TaskState =
  /** Not started: waiting for a pool slot, a semaphore, a connection or its turn in a loop of statements. */
  | 'queued'
  /** Holds its thread and a CPU core (and the GIL). */
  | 'running'
  /** Could run, but waits for the event loop, the GIL or a core. */
  | 'ready'
  /** Awaiting I/O; its thread is free to run others. */
  | 'suspended'
  /** Waiting on I/O while holding its thread: a blocking call. */
  | 'blocked'
  | 'done'
  | 'failed';

export const TASK_STATES: readonly TaskState[] = [
  'queued',
  'ready',
  'running',
  'suspended',
  'blocked',
  'done',
  'failed',
];

export type LaneKind = 'process' | 'thread' | 'event-loop' | 'worker';

/** A place tasks run: a process, a thread in it, an event loop on a thread, or a Web Worker (live). */
export interface Lane {
  readonly id: string;
  readonly kind: LaneKind;
  readonly label: string;
  /** The lane this one lives in (a loop or thread lives in a process); null for top-level lanes. */
  readonly parent: string | null;
  /** For processes and workers: when start-up began and when the process could take work. */
  readonly startup?: { readonly start: number; readonly end: number };
}

export interface Segment {
  readonly state: TaskState;
  readonly start: number;
  readonly end: number;
  /** The lane the task occupies during this segment (a task may move, e.g. loop → executor thread). */
  readonly lane: string;
  /** Engine `python`: the 1-based line of the recorded program the task is at (paused at, or blocked in). */
  readonly line?: number;
}

/**
 * What a task is when it is not a request: `main`, a coroutine that awaits the other tasks (main() awaiting
 * `asyncio.wait(tasks)`). It is drawn, but not counted as a request, nor listed as waiting on I/O.
 */
export type TaskRole = 'main';

export interface Task {
  readonly id: string;
  readonly label: string;
  /** Absent for a request (every task of most runs). */
  readonly role?: TaskRole;
  /** The lane the task belongs to (where it was scheduled). */
  readonly lane: string;
  readonly segments: readonly Segment[];
}

/** The kinds of point events, listed once: the schema, the worker's packed traces and the UI read this list. */
export const EVENT_KINDS = [
  'request-sent',
  'response-received',
  'suspend',
  'resume',
  'callback',
  'process-start',
  'process-exit',
] as const;
export type TraceEventKind = (typeof EVENT_KINDS)[number];

export interface TraceEvent {
  readonly kind: TraceEventKind;
  readonly time: number;
  readonly lane: string;
  /** The task concerned; absent for lane-level events (process start / exit). */
  readonly task?: string;
  /**
   * `callback` only: when the callback returned. A done-callback is work on its lane (the loop's thread runs
   * it, as CPython's `call_soon` handle): it holds the lane over `[time, end)`. Absent: a point in time (traces
   * written before callbacks were timed, or engines that only saw the call).
   */
  readonly end?: number;
}

/** `python`: the learner's own program, recorded on CPython in the page (src/python). */
export type Engine = 'sim' | 'live' | 'python';

export interface Trace {
  readonly version: typeof TRACE_VERSION;
  readonly engine: Engine;
  readonly scenario: Scenario;
  readonly lanes: readonly Lane[];
  readonly tasks: readonly Task[];
  /** Point events, sorted by time. */
  readonly events: readonly TraceEvent[];
  /** Set when a live run was cancelled before every task finished. */
  readonly cancelled?: boolean;
  /** Engine `python`: the program that was run (its lines are the segments' `line`). */
  readonly program?: string;
}
