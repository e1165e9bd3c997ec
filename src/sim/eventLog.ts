import { EVENT_KINDS, type TraceEvent, type TraceEventKind } from '../trace/types';
import { grown } from './flatList';

/** An event kind as its index in `EVENT_KINDS`: a byte per event while a run goes on. */
const KIND_CODES = Object.fromEntries(EVENT_KINDS.map((kind, i) => [kind, i])) as Record<
  TraceEventKind,
  number
>;

/**
 * A run's point events in columns (kind, time, lane, task, end) while it goes on; `toEvents` makes the trace's
 * event objects once, sorted by time (stable: events of one instant keep the order they happened in).
 */
export class EventLog {
  private kinds = new Uint8Array(1024);
  private times = new Float64Array(1024);
  /** The lane's number in the recorder's lane table. */
  private lanes = new Int32Array(1024);
  /** The task's index, or -1 for a lane-level event (process start / exit). */
  private tasks = new Int32Array(1024);
  /** A timed callback's end (`TraceEvent.end`); NaN for a point event. */
  private ends = new Float64Array(1024);
  length = 0;

  push(kind: TraceEventKind, time: number, lane: number, task: number): void {
    const at = this.length++;
    if (at === this.times.length) this.grow(2 * at);
    this.kinds[at] = KIND_CODES[kind];
    this.times[at] = time;
    this.lanes[at] = lane;
    this.tasks[at] = task;
    this.ends[at] = NaN;
  }

  /** Event `index` (a callback) lasted until `end`. */
  setEnd(index: number, end: number): void {
    this.ends[index] = end;
  }

  /** Room for `size` events in all. */
  reserve(size: number): void {
    if (size > this.times.length) this.grow(size);
  }

  private grow(size: number): void {
    this.kinds = grown(this.kinds, size);
    this.times = grown(this.times, size);
    this.lanes = grown(this.lanes, size);
    this.tasks = grown(this.tasks, size);
    this.ends = grown(this.ends, size);
  }

  /** The events as the trace holds them; `ids[i]` is task i's id, `laneIds[l]` lane number l's id. */
  toEvents(ids: readonly string[], laneIds: readonly string[]): TraceEvent[] {
    const n = this.length;
    const { kinds, times, lanes, tasks, ends } = this;
    const events = new Array<TraceEvent>(n);
    let sorted = true;
    for (let i = 0; i < n; i++) {
      const kind = EVENT_KINDS[kinds[i]];
      const time = times[i];
      const lane = laneIds[lanes[i]];
      const task = tasks[i];
      const end = ends[i];
      if (Number.isNaN(end))
        events[i] = task < 0 ? { kind, time, lane } : { kind, time, lane, task: ids[task] };
      else events[i] = task < 0 ? { kind, time, lane, end } : { kind, time, lane, task: ids[task], end };
      if (i > 0 && times[i - 1] > time) sorted = false;
    }
    // Events are recorded as the clock advances, so they are almost always sorted already.
    return sorted ? events : events.sort((a, b) => a.time - b.time);
  }
}
