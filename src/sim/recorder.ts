import { RUN_LIMITS, WorkLimitExceeded, type WorkLimits } from './budget';
import { EventLog } from './eventLog';
import { Float64List, Int32List } from './flatList';
import type { Lane, Segment, Task, TaskRole, TaskState, TraceEventKind, TraceEvent } from '../trace/types';

/**
 * How much a run records: `full` is the whole trace; `outcome` keeps only each task's terminal segment and no
 * events, for sweeps that read nothing but makespan and throughput (millions of GIL slices are not kept).
 */
export type Detail = 'full' | 'outcome';

/** A run's makespan (ms) and how many requests finished `done`. */
export interface RunOutcome {
  readonly makespanMs: number;
  readonly done: number;
}

/**
 * Turns state changes into a task's segments. Consecutive changes to the same state and lane merge;
 * zero-length segments vanish, so a task that is ready for no time never shows `ready`.
 *
 * While the run goes on, everything lives in flat arrays (numbers in typed arrays, interned strings in plain
 * ones): a task's segments are a chain through `segPrev`, from `lastSegment`. The trace's objects (tasks, their
 * segments, events) are made once, by `finishAll`, each array at its exact length. No object made during the run
 * survives it, so the garbage collector's young generation has nothing to copy; a segment pushed onto a growing
 * array per task cost a 17-slot backing store each.
 */
export class Recorder {
  readonly lanes: Lane[] = [];
  // Per task, by index. Most tasks are requests labelled "task <n>": only the exceptions are kept by index.
  private readonly labelNumbers = new Int32List();
  private readonly names = new Map<number, string>();
  private readonly roles = new Map<number, TaskRole>();
  private readonly homeLanes: string[] = [];
  private readonly current: TaskState[] = [];
  private readonly currentLane: string[] = [];
  private readonly since = new Float64List();
  private readonly lastSegment = new Int32List();
  private unfinished = 0;
  private readonly finishedAt = new Int32List();
  // Segments, by index; a task's earlier segment is `segPrev` (-1: none).
  private readonly segState: TaskState[] = [];
  private readonly segLane: string[] = [];
  private readonly segStart = new Float64List();
  private readonly segEnd = new Float64List();
  private readonly segPrev = new Int32List();
  private segmentCount = 0;
  private readonly events = new EventLog();
  /** When the last done-callback returned: the run is not over before. */
  private callbacksEnd = 0;

  constructor(
    private readonly detail: Detail = 'full',
    private readonly limits: WorkLimits = RUN_LIMITS,
  ) {}

  private push(index: number, state: TaskState, start: number, end: number, lane: string): void {
    if (++this.segmentCount > this.limits.segments)
      throw new WorkLimitExceeded('segments', this.limits.segments, start);
    const at = this.segState.length;
    this.segState.push(state);
    this.segLane.push(lane);
    this.segStart.push(start);
    this.segEnd.push(end);
    this.segPrev.push(this.lastSegment.at(index));
    this.lastSegment.set(index, at);
  }

  addLane(lane: Lane): string {
    this.lanes.push(lane);
    return lane.id;
  }

  setStartup(laneId: string, start: number, end: number): void {
    const i = this.lanes.findIndex((l) => l.id === laneId);
    this.lanes[i] = { ...this.lanes[i], startup: { start, end } };
  }

  /**
   * Creates a task in `state` at time `t` (a request, unless `role` says otherwise); returns its index. A number
   * as `label` stands for "task <number>", worded when the trace is made (no string per task during a run).
   */
  addTask(label: string | number, lane: string, state: TaskState, t: number, role?: TaskRole): number {
    const index = this.labelNumbers.length;
    if (typeof label === 'number') this.labelNumbers.push(label);
    else {
      this.labelNumbers.push(0);
      this.names.set(index, label);
    }
    if (role !== undefined) this.roles.set(index, role);
    this.homeLanes.push(lane);
    this.current.push(state);
    this.currentLane.push(lane);
    this.since.push(t);
    this.lastSegment.push(-1);
    this.finishedAt.push(-1);
    this.unfinished++;
    return index;
  }

  taskId(index: number): string {
    return `t${index + 1}`;
  }

  state(index: number, state: TaskState, lane: string, t: number): void {
    const was = this.current[index];
    const wasLane = this.currentLane[index];
    if (was === state && wasLane === lane) return;
    if (this.detail === 'outcome') {
      // Only the lane the task will finish on, and its state for a simulator bug's message, are needed.
      this.current[index] = state;
      this.currentLane[index] = lane;
      return;
    }
    const since = this.since.at(index);
    if (t > since) this.push(index, was, since, t, wasLane);
    else if (t === since) {
      // A state held for no time between two of the same kind (ready for no time between two CPU bursts of
      // one task) leaves one segment, not two that touch.
      const last = this.lastSegment.at(index);
      if (
        last >= 0 &&
        this.segEnd.at(last) === t &&
        this.segState[last] === state &&
        this.segLane[last] === lane
      ) {
        this.lastSegment.set(index, this.segPrev.at(last));
        this.segmentCount--;
        this.current[index] = state;
        this.currentLane[index] = lane;
        this.since.set(index, this.segStart.at(last));
        return;
      }
    }
    this.current[index] = state;
    this.currentLane[index] = lane;
    this.since.set(index, t);
  }

  finish(index: number, outcome: 'done' | 'failed', t: number): void {
    const lane = this.currentLane[index];
    this.state(index, outcome, lane, t);
    this.push(index, outcome, t, t, lane);
    if (this.finishedAt.at(index) < 0) this.unfinished--;
    this.finishedAt.set(index, this.lastSegment.at(index));
  }

  event(kind: TraceEventKind, time: number, lane: string, task?: number): void {
    if (this.detail !== 'full') return;
    if (this.events.length >= this.limits.events)
      throw new WorkLimitExceeded('events', this.limits.events, time);
    this.events.push(kind, time, lane, task ?? -1);
  }

  /**
   * A done-callback of `task` starts on `lane` at `time`; returns a handle for `callbackEnded` (-1 in `outcome`
   * detail, which keeps no events but still ends the run no earlier than its last callback).
   */
  callbackStarted(time: number, lane: string, task: number): number {
    if (this.detail !== 'full') return -1;
    this.event('callback', time, lane, task);
    const handle = this.events.length - 1;
    this.events.setEnd(handle, time);
    return handle;
  }

  /** The callback `handle` returned at `time`. */
  callbackEnded(handle: number, time: number): void {
    if (time > this.callbacksEnd) this.callbacksEnd = time;
    if (handle >= 0) this.events.setEnd(handle, time);
  }

  /** Throws if a task never finished (a simulator bug). */
  private checkFinished(): void {
    if (this.unfinished === 0) return;
    let i = 0;
    while (this.finishedAt.at(i) >= 0) i++;
    throw new Error(`simulator bug: ${this.label(i)} never finished (last ${this.current[i]})`);
  }

  /**
   * The run's outcome without making its trace: what `makespan` and `doneCount` (trace/makespan.ts) read from
   * the finished trace, the latest finish and how many requests (not main()) finished `done`.
   */
  outcome(): RunOutcome {
    this.checkFinished();
    let makespanMs = this.labelNumbers.length > 0 ? this.callbacksEnd : 0;
    let done = 0;
    for (let i = 0; i < this.labelNumbers.length; i++) {
      const terminal = this.finishedAt.at(i);
      makespanMs = Math.max(makespanMs, this.segEnd.at(terminal));
      if (this.segState[terminal] === 'done' && (this.roles.size === 0 || this.roles.get(i) !== 'main'))
        done++;
    }
    return { makespanMs, done };
  }

  /** The recorded tasks and time-sorted events; throws if a task never finished (a simulator bug). */
  finishAll(): { tasks: Task[]; events: TraceEvent[] } {
    this.checkFinished();
    const count = this.labelNumbers.length;
    const ids = new Array<string>(count);
    const tasks = new Array<Task>(count);
    for (let i = 0; i < count; i++) {
      const id = `t${i + 1}`;
      ids[i] = id;
      const role = this.roles.get(i);
      const label = this.label(i);
      const lane = this.homeLanes[i];
      const segments = this.segmentsOf(i);
      tasks[i] = role === undefined ? { id, label, lane, segments } : { id, label, role, lane, segments };
    }
    return { tasks, events: this.events.toEvents(ids) };
  }

  private label(index: number): string {
    const n = this.labelNumbers.at(index);
    return n > 0 ? `task ${n}` : (this.names.get(index) as string);
  }

  /** The task's segments, oldest first, in an array of their exact number. */
  private segmentsOf(index: number): Segment[] {
    let n = 0;
    for (let s = this.lastSegment.at(index); s >= 0; s = this.segPrev.at(s)) n++;
    const segments = new Array<Segment>(n);
    for (let s = this.lastSegment.at(index); s >= 0; s = this.segPrev.at(s)) {
      segments[--n] = {
        state: this.segState[s],
        start: this.segStart.at(s),
        end: this.segEnd.at(s),
        lane: this.segLane[s],
      };
    }
    return segments;
  }
}
