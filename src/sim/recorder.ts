import type { Lane, Segment, Task, TaskState, TraceEvent, TraceEventKind } from '../trace/types';

interface OpenTask {
  readonly id: string;
  readonly label: string;
  readonly lane: string;
  readonly segments: Segment[];
  state: TaskState;
  stateLane: string;
  since: number;
  finished: boolean;
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
  private readonly events: TraceEvent[] = [];

  constructor(private readonly detail: Detail = 'full') {}

  addLane(lane: Lane): string {
    this.lanes.push(lane);
    return lane.id;
  }

  setStartup(laneId: string, start: number, end: number): void {
    const i = this.lanes.findIndex((l) => l.id === laneId);
    this.lanes[i] = { ...this.lanes[i], startup: { start, end } };
  }

  /** Creates a task in `state` at time `t`; returns its index. */
  addTask(label: string, lane: string, state: TaskState, t: number): number {
    const index = this.tasks.length;
    this.tasks.push({ id: `t${index + 1}`, label, lane, segments: [], state, stateLane: lane, since: t, finished: false });
    return index;
  }

  taskId(index: number): string {
    return this.tasks[index].id;
  }

  state(index: number, state: TaskState, lane: string, t: number): void {
    const task = this.tasks[index];
    if (task.state === state && task.stateLane === lane) return;
    if (t > task.since && this.detail === 'full') task.segments.push({ state: task.state, start: task.since, end: t, lane: task.stateLane });
    task.state = state;
    task.stateLane = lane;
    task.since = t;
  }

  finish(index: number, outcome: 'done' | 'failed', t: number): void {
    this.state(index, outcome, this.tasks[index].stateLane, t);
    const task = this.tasks[index];
    task.segments.push({ state: outcome, start: t, end: t, lane: task.stateLane });
    task.finished = true;
  }

  event(kind: TraceEventKind, time: number, lane: string, task?: number): void {
    if (this.detail !== 'full') return;
    this.events.push(task === undefined ? { kind, time, lane } : { kind, time, lane, task: this.tasks[task].id });
  }

  /** The recorded tasks and time-sorted events; throws if a task never finished (a simulator bug). */
  finishAll(): { tasks: Task[]; events: TraceEvent[] } {
    const tasks = this.tasks.map((t): Task => {
      if (!t.finished) throw new Error(`simulator bug: ${t.label} never finished (last ${t.state})`);
      return { id: t.id, label: t.label, lane: t.lane, segments: t.segments };
    });
    // Events are recorded as the clock advances, so they are almost always sorted already.
    const sorted = this.events.every((e, i, all) => i === 0 || all[i - 1].time <= e.time);
    const events = sorted ? this.events : this.events.slice().sort((a, b) => a.time - b.time);
    return { tasks, events };
  }
}
