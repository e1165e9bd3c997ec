import { EVENT_KINDS, type TraceEvent, type TraceEventKind } from '../trace/types';
import { grownAll } from './flatList';

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
    [this.kinds, this.times, this.lanes, this.tasks, this.ends] = grownAll(
      [this.kinds, this.times, this.lanes, this.tasks, this.ends],
      size,
    );
  }

  /**
   * The events' rows in time order (stable: events of one instant keep the order they happened in), or null
   * when they were recorded in it, as they almost always are: the clock only moves forward.
   */
  timeOrder(): Int32Array | null {
    const { times, length } = this;
    let sorted = true;
    for (let i = 1; i < length && sorted; i++) if (times[i - 1] > times[i]) sorted = false;
    if (sorted) return null;
    const order = Int32Array.from({ length }, (_, i) => i);
    return order.sort((a, b) => times[a] - times[b] || a - b);
  }

  /** Copies the events into columns in `order` (null: as recorded); lanes and tasks stay numbers. */
  copy(
    order: Int32Array | null,
    kinds: Uint8Array,
    times: Float64Array,
    lanes: Uint32Array,
    tasks: Int32Array,
    ends: Float64Array,
  ): void {
    for (let j = 0; j < this.length; j++) {
      const i = order === null ? j : order[j];
      kinds[j] = this.kinds[i];
      times[j] = this.times[i];
      lanes[j] = this.lanes[i];
      tasks[j] = this.tasks[i];
      ends[j] = this.ends[i];
    }
  }

  /** The events as the trace holds them, in time order; `ids[i]` is task i's id, `laneIds[l]` lane number l's id. */
  toEvents(ids: readonly string[], laneIds: readonly string[]): TraceEvent[] {
    const n = this.length;
    const { kinds, times, lanes, tasks, ends } = this;
    const order = this.timeOrder();
    const events = new Array<TraceEvent>(n);
    for (let j = 0; j < n; j++) {
      const i = order === null ? j : order[j];
      const kind = EVENT_KINDS[kinds[i]];
      const time = times[i];
      const lane = laneIds[lanes[i]];
      const task = tasks[i];
      const end = ends[i];
      if (Number.isNaN(end))
        events[j] = task < 0 ? { kind, time, lane } : { kind, time, lane, task: ids[task] };
      else events[j] = task < 0 ? { kind, time, lane, end } : { kind, time, lane, task: ids[task], end };
    }
    return events;
  }
}
