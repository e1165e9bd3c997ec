import { Float64List, Int32List } from './flatList';
import type { TraceEvent, TraceEventKind } from '../trace/types';

/**
 * A run's point events in flat arrays while it goes on; `toEvents` makes the trace's event objects once, sorted
 * by time (stable: events of one instant keep the order they happened in).
 */
export class EventLog {
  private readonly kinds: TraceEventKind[] = [];
  private readonly lanes: string[] = [];
  private readonly times = new Float64List();
  /** The task's index, or -1 for a lane-level event (process start / exit). */
  private readonly tasks = new Int32List();
  /** A timed callback's end (`TraceEvent.end`); NaN for a point event. */
  private readonly ends = new Float64List();

  get length(): number {
    return this.kinds.length;
  }

  push(kind: TraceEventKind, time: number, lane: string, task: number): void {
    this.kinds.push(kind);
    this.lanes.push(lane);
    this.times.push(time);
    this.tasks.push(task);
    this.ends.push(NaN);
  }

  /** Event `index` (a callback) lasted until `end`. */
  setEnd(index: number, end: number): void {
    this.ends.set(index, end);
  }

  /** The events as the trace holds them; `ids[i]` is task i's id. */
  toEvents(ids: readonly string[]): TraceEvent[] {
    const n = this.kinds.length;
    const events = new Array<TraceEvent>(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      const kind = this.kinds[i];
      const time = this.times.at(i);
      const lane = this.lanes[i];
      const task = this.tasks.at(i);
      const end = this.ends.at(i);
      const event: TraceEvent = task < 0 ? { kind, time, lane } : { kind, time, lane, task: ids[task] };
      events[i] = Number.isNaN(end) ? event : { ...event, end };
      if (i > 0 && this.times.at(i - 1) > time) sorted = false;
    }
    // Events are recorded as the clock advances, so they are almost always sorted already.
    return sorted ? events : events.sort((a, b) => a.time - b.time);
  }
}
