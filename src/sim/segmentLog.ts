import { TASK_STATES, type Segment } from '../trace/types';
import { grownAll } from './flatList';

/**
 * A run's segments in columns (state, lane, start, end) while it goes on, each task's chained from its latest
 * back through `prev` (-1: none); `segmentsOf` makes a task's segment objects once, oldest first. States are
 * indices in `TASK_STATES`, lanes numbers in the recorder's lane table. No object per segment lives during the
 * run, so the garbage collector's young generation has nothing to copy.
 */
export class SegmentLog {
  private states = new Uint8Array(1024);
  private lanes = new Int32Array(1024);
  private starts = new Float64Array(1024);
  private ends = new Float64Array(1024);
  private prevs = new Int32Array(1024);
  /** Rows written; a segment taken back (`joins`) keeps its row. */
  private rows = 0;

  /** Writes a segment after `prev` (the task's latest, or -1); returns its row. */
  push(prev: number, state: number, start: number, end: number, lane: number): number {
    const at = this.rows++;
    if (at === this.states.length) this.grow(2 * at);
    this.states[at] = state;
    this.lanes[at] = lane;
    this.starts[at] = start;
    this.ends[at] = end;
    this.prevs[at] = prev;
    return at;
  }

  /** Room for `more` rows past those written, `most` rows in all at the most. */
  reserve(more: number, most: number): void {
    const size = Math.min(this.rows + more, most);
    if (size > this.states.length) this.grow(size);
  }

  private grow(size: number): void {
    [this.states, this.lanes, this.starts, this.ends, this.prevs] = grownAll(
      [this.states, this.lanes, this.starts, this.ends, this.prevs],
      size,
    );
  }

  /** Whether segment `s` ends at `t` in `state` on `lane`: one that a change back to it at `t` continues. */
  joins(s: number, t: number, state: number, lane: number): boolean {
    return s >= 0 && this.ends[s] === t && this.states[s] === state && this.lanes[s] === lane;
  }

  prev(s: number): number {
    return this.prevs[s];
  }
  start(s: number): number {
    return this.starts[s];
  }
  end(s: number): number {
    return this.ends[s];
  }
  state(s: number): number {
    return this.states[s];
  }

  /**
   * Copies the `count` segments chained back from `last` into columns from row `at` on, oldest first (lanes as
   * the recorder's lane numbers).
   */
  copyTask(
    last: number,
    count: number,
    at: number,
    states: Uint8Array,
    starts: Float64Array,
    ends: Float64Array,
    lanes: Uint32Array,
  ): void {
    for (let s = last, k = at + count; s >= 0; s = this.prevs[s]) {
      k--;
      states[k] = this.states[s];
      starts[k] = this.starts[s];
      ends[k] = this.ends[s];
      lanes[k] = this.lanes[s];
    }
  }

  /** The `count` segments chained back from `last`, oldest first, in an array of their exact number. */
  segmentsOf(last: number, count: number, laneIds: readonly string[]): Segment[] {
    const segments = new Array<Segment>(count);
    const { states, starts, ends, lanes, prevs } = this;
    for (let s = last, n = count; s >= 0; s = prevs[s]) {
      segments[--n] = {
        state: TASK_STATES[states[s]],
        start: starts[s],
        end: ends[s],
        lane: laneIds[lanes[s]],
      };
    }
    return segments;
  }
}
