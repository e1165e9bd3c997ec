import { RUN_LIMITS, WorkLimitExceeded, type WorkLimits } from './budget';
import { EventLog } from './eventLog';
import { SegmentLog } from './segmentLog';
import { grown } from './flatList';
import { runBody, taskIdOf, taskLabelOf, type RecordedRun } from './runColumns';
import type { TraceBody } from '../trace/columnarTrace';
import { TASK_STATES, type Lane, type TaskRole, type TaskState, type TraceEventKind } from '../trace/types';

/**
 * A state as its index in `TASK_STATES`: a byte per task and per segment while a run goes on. A switch, not a
 * keyed lookup: comparing interned strings is comparing pointers, and a call with a literal folds to a number.
 */
function stateCode(state: TaskState): number {
  switch (state) {
    case 'queued':
      return 0;
    case 'ready':
      return 1;
    case 'running':
      return 2;
    case 'suspended':
      return 3;
    case 'blocked':
      return 4;
    case 'done':
      return 5;
    case 'failed':
      return 6;
  }
}
const DONE = stateCode('done');
/** Segments and events a full trace is given room for per task before its run (it holds about six of each). */
const RESERVED_PER_TASK = 7;

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
 * ones): a task's segments are a chain in the `SegmentLog`, from `lastSegment`. The finished run's columns are
 * handed over as they are (`recorded()`): runColumns.ts makes the trace's objects from them when first read, or
 * packs them. No object made during the run survives it, so the garbage collector's young generation has nothing to copy; a segment pushed onto a growing
 * array per task cost a 17-slot backing store each.
 */
export class Recorder {
  readonly lanes: Lane[] = [];
  /** Every lane a task or event was on, by number (a column holds the number, not the string). */
  private readonly laneIds: string[] = [];
  private readonly laneNumbers = new Map<string, number>();
  /** The lane looked up last: a loop's tasks all live on one. */
  private lastLane = '';
  private lastLaneNumber = -1;
  // Per task, by index. Most tasks are requests labelled "task <n>": only the exceptions are kept by index.
  private taskCount = 0;
  private labelNumbers = new Int32Array(256);
  private readonly names = new Map<number, string>();
  private readonly roles = new Map<number, TaskRole>();
  private homeLanes = new Int32Array(256);
  private current = new Uint8Array(256);
  private currentLane = new Int32Array(256);
  private since = new Float64Array(256);
  private lastSegment = new Int32Array(256);
  /** How many segments the task has: its array in the trace is made at its exact length in one pass. */
  private segmentsPerTask = new Int32Array(256);
  private finishedAt = new Int32Array(256);
  private unfinished = 0;
  private readonly segments = new SegmentLog();
  /** Segments kept (one taken back by a join no longer counts), held to the run's limit. */
  private segmentCount = 0;
  private readonly events = new EventLog();
  /** When the last done-callback returned: the run is not over before. */
  private callbacksEnd = 0;

  /** Whether the whole trace is kept (`detail` is 'full'): asked per state change, so a boolean. */
  private readonly full: boolean;

  constructor(
    detail: Detail = 'full',
    private readonly limits: WorkLimits = RUN_LIMITS,
  ) {
    this.full = detail === 'full';
  }

  /** The lane's number in `laneIds`, numbering it the first time it is seen. */
  private laneNumber(lane: string): number {
    if (lane === this.lastLane) return this.lastLaneNumber;
    return this.otherLane(lane);
  }

  /** A lane other than the last one asked for (a call, not inline: see `Coroutines.addPair`). */
  private otherLane(lane: string): number {
    let n = this.laneNumbers.get(lane);
    if (n === undefined) {
      n = this.laneIds.length;
      this.laneIds.push(lane);
      this.laneNumbers.set(lane, n);
    }
    this.lastLane = lane;
    this.lastLaneNumber = n;
    return n;
  }

  private push(index: number, state: number, start: number, end: number, lane: number): void {
    if (++this.segmentCount > this.limits.segments)
      throw new WorkLimitExceeded('segments', this.limits.segments, start);
    this.lastSegment[index] = this.segments.push(this.lastSegment[index], state, start, end, lane);
    this.segmentsPerTask[index]++;
  }

  /**
   * Room for what `count` more tasks will record, made once instead of doubling (and copying) the columns while
   * the run goes on: a full trace holds about six segments and six events per task (5–6.7 for every strategy at
   * its defaults), an outcome one segment per task.
   */
  private reserve(count: number): void {
    const full = this.full;
    this.segments.reserve((full ? RESERVED_PER_TASK : 1) * count, this.limits.segments);
    if (full)
      this.events.reserve(Math.min(this.events.length + RESERVED_PER_TASK * count, this.limits.events));
  }

  private growTasks(size: number): void {
    this.labelNumbers = grown(this.labelNumbers, size);
    this.homeLanes = grown(this.homeLanes, size);
    this.current = grown(this.current, size);
    this.currentLane = grown(this.currentLane, size);
    this.since = grown(this.since, size);
    this.lastSegment = grown(this.lastSegment, size);
    this.segmentsPerTask = grown(this.segmentsPerTask, size);
    this.finishedAt = grown(this.finishedAt, size);
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
    const index = this.taskCount++;
    if (index === this.labelNumbers.length) this.growTasks(2 * index);
    if (typeof label === 'number') this.labelNumbers[index] = label;
    else this.names.set(index, label);
    if (role !== undefined) this.roles.set(index, role);
    const laneNumber = this.laneNumber(lane);
    this.homeLanes[index] = laneNumber;
    this.current[index] = stateCode(state);
    this.currentLane[index] = laneNumber;
    this.since[index] = t;
    this.lastSegment[index] = -1;
    this.finishedAt[index] = -1;
    this.unfinished++;
    return index;
  }

  /** Creates `count` tasks labelled "task 1".."task <count>" in `state` at time `t` on `lane`; returns their indices. */
  addTasks(count: number, lane: string, state: TaskState, t: number): number[] {
    const first = this.taskCount;
    if (first + count > this.labelNumbers.length) this.growTasks(first + count);
    this.reserve(count);
    const laneNumber = this.laneNumber(lane);
    const end = first + count;
    this.homeLanes.fill(laneNumber, first, end);
    this.current.fill(stateCode(state), first, end);
    this.currentLane.fill(laneNumber, first, end);
    this.since.fill(t, first, end);
    this.lastSegment.fill(-1, first, end);
    this.finishedAt.fill(-1, first, end);
    const indices = new Array<number>(count);
    for (let i = 0; i < count; i++) {
      this.labelNumbers[first + i] = i + 1;
      indices[i] = first + i;
    }
    this.taskCount = end;
    this.unfinished += count;
    return indices;
  }

  taskId(index: number): string {
    return taskIdOf(index);
  }

  state(index: number, state: TaskState, lane: string, t: number): void {
    const code = stateCode(state);
    if (!this.full) {
      // Only the state, for a simulator bug's message: the outcome reads no lane and no segment but the last.
      this.current[index] = code;
      return;
    }
    const laneNumber = this.laneNumber(lane);
    const was = this.current[index];
    const wasLane = this.currentLane[index];
    if (was === code && wasLane === laneNumber) return;
    this.current[index] = code;
    this.currentLane[index] = laneNumber;
    const since = this.since[index];
    if (t > since) this.push(index, was, since, t, wasLane);
    else if (t === since) {
      // A state held for no time between two of the same kind (ready for no time between two CPU bursts of
      // one task) leaves one segment, not two that touch.
      const last = this.lastSegment[index];
      if (this.segments.joins(last, t, code, laneNumber)) {
        this.lastSegment[index] = this.segments.prev(last);
        this.segmentsPerTask[index]--;
        this.segmentCount--;
        this.since[index] = this.segments.start(last);
        return;
      }
    }
    this.since[index] = t;
  }

  finish(index: number, outcome: 'done' | 'failed', t: number): void {
    const lane = this.currentLane[index];
    this.state(index, outcome, this.laneIds[lane], t);
    this.push(index, stateCode(outcome), t, t, lane);
    if (this.finishedAt[index] < 0) this.unfinished--;
    this.finishedAt[index] = this.lastSegment[index];
  }

  event(kind: TraceEventKind, time: number, lane: string, task?: number): void {
    if (!this.full) return;
    if (this.events.length >= this.limits.events)
      throw new WorkLimitExceeded('events', this.limits.events, time);
    this.events.push(kind, time, this.laneNumber(lane), task ?? -1);
  }

  /**
   * A done-callback of `task` starts on `lane` at `time`; returns a handle for `callbackEnded` (-1 in `outcome`
   * detail, which keeps no events but still ends the run no earlier than its last callback).
   */
  callbackStarted(time: number, lane: string, task: number): number {
    if (!this.full) return -1;
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
    while (this.finishedAt[i] >= 0) i++;
    throw new Error(
      `simulator bug: ${taskLabelOf(this.labelNumbers, this.names, i)} never finished (last ${TASK_STATES[this.current[i]]})`,
    );
  }

  /**
   * The run's outcome without making its trace: what `makespan` and `doneCount` (trace/makespan.ts) read from
   * the finished trace, the latest finish and how many requests (not main()) finished `done`.
   */
  outcome(): RunOutcome {
    this.checkFinished();
    const count = this.taskCount;
    let makespanMs = count > 0 ? this.callbacksEnd : 0;
    let done = 0;
    const { finishedAt, segments } = this;
    for (let i = 0; i < count; i++) {
      const terminal = finishedAt[i];
      const end = segments.end(terminal);
      if (end > makespanMs) makespanMs = end;
      if (segments.state(terminal) === DONE) done++;
    }
    return { makespanMs, done: this.roles.size > 0 ? done - this.mainsDone() : done };
  }

  /** How many tasks in the role of main() finished `done`: they are not requests. */
  private mainsDone(): number {
    let n = 0;
    for (const [i, role] of this.roles)
      if (role === 'main' && this.segments.state(this.finishedAt[i]) === DONE) n++;
    return n;
  }

  /**
   * What the run recorded, for its trace: its tasks and time-sorted events made as objects, or packed as columns,
   * when asked (runColumns.ts, trace/columnarTrace.ts); throws at once if a task never finished (a simulator bug).
   * The recorder must not record more afterwards.
   */
  body(): TraceBody {
    return runBody(this.recorded());
  }

  /** The finished run's columns as they are (not copied); throws if a task never finished. */
  recorded(): RecordedRun {
    this.checkFinished();
    const { taskCount, laneIds, labelNumbers, names, roles, homeLanes, lastSegment, segmentsPerTask } = this;
    const { segments, events } = this;
    return {
      taskCount,
      laneIds,
      labelNumbers,
      names,
      roles,
      homeLanes,
      lastSegment,
      segmentsPerTask,
      segments,
      events,
    };
  }
}
