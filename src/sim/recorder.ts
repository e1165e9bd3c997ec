import { RUN_LIMITS, WorkLimitExceeded, type WorkLimits } from './budget';
import type { Lane, Segment, Task, TaskRole, TaskState, TraceEvent, TraceEventKind } from '../trace/types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A task as the trace will hold it; its segments grow while the run goes on. */
interface OpenTask {
  readonly id: string;
  readonly label: string;
  readonly role?: TaskRole;
  readonly lane: string;
  readonly segments: Segment[];
}

/**
 * How much a run records: `full` is the whole trace; `outcome` keeps only each task's terminal segment and no
 * events, for sweeps that read nothing but makespan and throughput (millions of GIL slices are not kept).
 */
export type Detail = 'full' | 'outcome';

/**
 * Turns state changes into a task's segments. Consecutive changes to the same state and lane merge;
 * zero-length segments vanish, so a task that is ready for no time never shows `ready`.
 */
export class Recorder {
  readonly lanes: Lane[] = [];
  private readonly tasks: OpenTask[] = [];
  private readonly events: Mutable<TraceEvent>[] = [];
  // Where each task is now, in parallel arrays of primitives: no per-task bookkeeping object to promote and
  // copy (at 100k tasks the retained trace is what the garbage collector spends its time on).
  private readonly current: TaskState[] = [];
  private readonly currentLane: string[] = [];
  private readonly since: number[] = [];
  private readonly finished: boolean[] = [];
  private segmentCount = 0;

  constructor(
    private readonly detail: Detail = 'full',
    private readonly limits: WorkLimits = RUN_LIMITS,
  ) {}

  private push(index: number, segment: Segment): void {
    if (++this.segmentCount > this.limits.segments)
      throw new WorkLimitExceeded('segments', this.limits.segments, segment.start);
    this.tasks[index].segments.push(segment);
  }

  addLane(lane: Lane): string {
    this.lanes.push(lane);
    return lane.id;
  }

  setStartup(laneId: string, start: number, end: number): void {
    const i = this.lanes.findIndex((l) => l.id === laneId);
    this.lanes[i] = { ...this.lanes[i], startup: { start, end } };
  }

  /** Creates a task in `state` at time `t` (a request, unless `role` says otherwise); returns its index. */
  addTask(label: string, lane: string, state: TaskState, t: number, role?: TaskRole): number {
    const index = this.tasks.length;
    const id = `t${index + 1}`;
    this.tasks.push(
      role === undefined ? { id, label, lane, segments: [] } : { id, label, role, lane, segments: [] },
    );
    this.current.push(state);
    this.currentLane.push(lane);
    this.since.push(t);
    this.finished.push(false);
    return index;
  }

  taskId(index: number): string {
    return this.tasks[index].id;
  }

  state(index: number, state: TaskState, lane: string, t: number): void {
    const was = this.current[index];
    const wasLane = this.currentLane[index];
    if (was === state && wasLane === lane) return;
    const since = this.since[index];
    if (t > since && this.detail === 'full')
      this.push(index, { state: was, start: since, end: t, lane: wasLane });
    else if (t === since && this.detail === 'full') {
      // A state held for no time between two of the same kind (ready for no time between two CPU bursts of
      // one task) leaves one segment, not two that touch.
      const segments = this.tasks[index].segments;
      const last = segments[segments.length - 1];
      if (last !== undefined && last.end === t && last.state === state && last.lane === lane) {
        segments.pop();
        this.segmentCount--;
        this.current[index] = state;
        this.currentLane[index] = lane;
        this.since[index] = last.start;
        return;
      }
    }
    this.current[index] = state;
    this.currentLane[index] = lane;
    this.since[index] = t;
  }

  finish(index: number, outcome: 'done' | 'failed', t: number): void {
    const lane = this.currentLane[index];
    this.state(index, outcome, lane, t);
    this.push(index, { state: outcome, start: t, end: t, lane });
    this.finished[index] = true;
  }

  event(kind: TraceEventKind, time: number, lane: string, task?: number): void {
    if (this.detail !== 'full') return;
    if (this.events.length >= this.limits.events)
      throw new WorkLimitExceeded('events', this.limits.events, time);
    this.events.push(
      task === undefined ? { kind, time, lane } : { kind, time, lane, task: this.tasks[task].id },
    );
  }

  /**
   * A done-callback of `task` starts on `lane` at `time`; returns a handle for `callbackEnded`. Recorded at its
   * start, so events stay in time order; kept in `outcome` detail too, since the run ends with its last callback.
   */
  callbackStarted(time: number, lane: string, task: number): number {
    if (this.events.length >= this.limits.events)
      throw new WorkLimitExceeded('events', this.limits.events, time);
    this.events.push({ kind: 'callback', time, lane, task: this.tasks[task].id, end: time });
    return this.events.length - 1;
  }

  /** The callback `handle` returned at `time`. */
  callbackEnded(handle: number, time: number): void {
    this.events[handle].end = time;
  }

  /** The recorded tasks and time-sorted events; throws if a task never finished (a simulator bug). */
  finishAll(): { tasks: Task[]; events: TraceEvent[] } {
    const unfinished = this.finished.indexOf(false);
    if (unfinished >= 0) {
      throw new Error(
        `simulator bug: ${this.tasks[unfinished].label} never finished (last ${this.current[unfinished]})`,
      );
    }
    const tasks: Task[] = this.tasks;
    // Events are recorded as the clock advances, so they are almost always sorted already.
    const sorted = this.events.every((e, i, all) => i === 0 || all[i - 1].time <= e.time);
    const events = sorted ? this.events : this.events.slice().sort((a, b) => a.time - b.time);
    return { tasks, events };
  }
}
