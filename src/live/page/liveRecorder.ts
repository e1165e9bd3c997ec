import {
  TRACE_VERSION,
  type Lane,
  type Segment,
  type Task,
  type TaskRole,
  type TaskState,
  type Trace,
  type TraceEvent,
  type TraceEventKind,
} from '../../trace/types';
import type { Scenario } from '../../trace/scenario';

interface StateMark {
  readonly task: number;
  readonly state: TaskState;
  readonly lane: string;
  readonly t: number;
}

/**
 * Collects what the page and the workers report (epoch times from each thread's own clock) and turns it into
 * a Trace with times from the run's origin. Reports from different threads arrive out of order, so marks are
 * sorted per task before segments are built; equal consecutive states merge, zero-length segments vanish.
 */
export class LiveRecorder {
  private readonly lanes: Lane[] = [];
  private readonly labels: string[] = [];
  private readonly roles: (TaskRole | undefined)[] = [];
  private readonly homeLanes: string[] = [];
  private readonly marks: StateMark[][] = [];
  private readonly ends: ({ readonly outcome: 'done' | 'failed'; readonly t: number } | undefined)[] = [];
  private readonly events: TraceEvent[] = [];

  constructor(
    private readonly scenario: Scenario,
    /** Epoch ms of t = 0. */
    private start: number,
  ) {}

  get origin(): number {
    return this.start;
  }

  /**
   * Moves t = 0 to `t` (epoch ms), before any task exists: workers that stand in for threads or for the main
   * process start before the program does, as a Python interpreter and its threads would.
   */
  restartClock(t: number): void {
    if (this.marks.length > 0) throw new Error('the clock restarts only before the first task');
    this.start = t;
    this.lanes.forEach((lane, i) => {
      if (lane.startup)
        this.lanes[i] = { id: lane.id, kind: lane.kind, label: lane.label, parent: lane.parent };
    });
    this.events.length = 0;
  }

  addLane(lane: Lane): void {
    this.lanes.push(lane);
  }

  /** Sets a process lane's start-up interval (epoch ms). */
  setStartup(id: string, start: number, end: number): void {
    const i = this.lanes.findIndex((l) => l.id === id);
    if (i >= 0) this.lanes[i] = { ...this.lanes[i], startup: { start: this.at(start), end: this.at(end) } };
  }

  addTask(label: string, lane: string, state: TaskState, t: number, role?: TaskRole): number {
    this.labels.push(label);
    this.roles.push(role);
    this.homeLanes.push(lane);
    this.marks.push([{ task: this.marks.length, state, lane, t }]);
    this.ends.push(undefined);
    return this.marks.length - 1;
  }

  state(task: number, state: TaskState, lane: string, t: number): void {
    if (this.ends[task] === undefined) this.marks[task].push({ task, state, lane, t });
  }

  finish(task: number, outcome: 'done' | 'failed', t: number): void {
    if (this.ends[task] === undefined) this.ends[task] = { outcome, t };
  }

  isFinished(task: number): boolean {
    return this.ends[task] !== undefined;
  }

  event(kind: TraceEventKind, t: number, lane: string, task?: number): void {
    const time = this.at(t);
    this.events.push(task === undefined ? { kind, time, lane } : { kind, time, lane, task: `t${task + 1}` });
  }

  /** A done-callback of `task` that ran on `lane` from `start` to `end` (epoch ms): it held the lane's thread. */
  callback(start: number, end: number, lane: string, task: number): void {
    this.events.push({
      kind: 'callback',
      time: this.at(start),
      lane,
      task: `t${task + 1}`,
      end: this.at(end),
    });
  }

  /** The trace so far; unfinished tasks stop at `cancelledAt` (epoch ms) when the run was cancelled. */
  trace(cancelledAt?: number): Trace {
    const tasks: Task[] = this.marks.map((marks, i) => {
      const role = this.roles[i];
      return {
        id: `t${i + 1}`,
        label: this.labels[i],
        ...(role === undefined ? {} : { role }),
        lane: this.homeLanes[i],
        segments: this.segments(marks, this.ends[i], cancelledAt),
      };
    });
    const events = this.events.slice().sort((a, b) => a.time - b.time);
    const base = {
      version: TRACE_VERSION,
      engine: 'live' as const,
      scenario: this.scenario,
      lanes: this.lanes,
      tasks,
      events,
    };
    return cancelledAt === undefined ? base : { ...base, cancelled: true };
  }

  private at(t: number): number {
    return Math.max(0, Math.round((t - this.start) * 1000) / 1000);
  }

  private segments(
    marks: readonly StateMark[],
    end: { outcome: 'done' | 'failed'; t: number } | undefined,
    cancelledAt?: number,
  ): Segment[] {
    const sorted = marks.slice().sort((a, b) => a.t - b.t);
    const stop = this.at(end?.t ?? cancelledAt ?? sorted[sorted.length - 1].t);
    const out: Segment[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const mark = sorted[i];
      const start = Math.min(this.at(mark.t), stop);
      const next = i + 1 < sorted.length ? Math.min(this.at(sorted[i + 1].t), stop) : stop;
      const last = out[out.length - 1];
      if (last && last.state === mark.state && last.lane === mark.lane)
        out[out.length - 1] = { ...last, end: Math.max(last.end, next) };
      else if (next > start)
        out.push({ state: mark.state, start: last ? last.end : start, end: next, lane: mark.lane });
    }
    if (end) out.push({ state: end.outcome, start: stop, end: stop, lane: sorted[sorted.length - 1].lane });
    return out;
  }
}
