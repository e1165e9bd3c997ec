import { grown } from './flatList';
import type { Handler } from './handler';

/**
 * A binary min-heap of (time, seq, handler, arg) events in flat arrays (typed arrays for the numbers), ordered by
 * time and then by seq, so events of one instant come out in the order they were pushed. flatqueue (used here
 * before) orders by one number and leaves ties unordered, which needed a sort per instant and a closure table.
 */
export class EventHeap {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private args = new Float64Array(1024);
  private handlers: (Handler | undefined)[] = [];
  length = 0;

  /** The earliest event's time; only when `length > 0`. */
  get topTime(): number {
    return this.times[0];
  }
  /** The earliest event's seq (its place among events of one instant); only when `length > 0`. */
  get topSeq(): number {
    return this.seqs[0];
  }
  /** The earliest event's handler; only when `length > 0`. */
  get topHandler(): Handler {
    return this.handlers[0] as Handler;
  }
  /** The earliest event's argument; only when `length > 0`. */
  get topArg(): number {
    return this.args[0];
  }

  push(time: number, seq: number, handler: Handler, arg: number): void {
    if (this.length === this.times.length) this.grow();
    const { times, seqs } = this;
    let pos = this.length++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && seqs[parent] < seq)) break;
      this.copy(pos, parent);
      pos = parent;
    }
    this.put(pos, time, seq, arg, handler);
  }

  /** Removes the earliest event (read it with `top*` first). */
  pop(): void {
    const { times, seqs, args, handlers } = this;
    const last = --this.length;
    handlers[0] = undefined;
    if (last === 0) return;
    const time = times[last];
    const seq = seqs[last];
    const arg = args[last];
    const handler = handlers[last] as Handler;
    handlers[last] = undefined;
    const half = last >> 1;
    let pos = 0;
    while (pos < half) {
      let child = 2 * pos + 1;
      const right = child + 1;
      if (
        right < last &&
        (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))
      )
        child = right;
      const ct = times[child];
      if (time < ct || (time === ct && seq < seqs[child])) break;
      this.copy(pos, child);
      pos = child;
    }
    this.put(pos, time, seq, arg, handler);
  }

  /** Moves the event at `from` to `to` (sifting: `from`'s own slot is overwritten next). */
  private copy(to: number, from: number): void {
    this.times[to] = this.times[from];
    this.seqs[to] = this.seqs[from];
    this.args[to] = this.args[from];
    this.handlers[to] = this.handlers[from];
  }

  private put(pos: number, time: number, seq: number, arg: number, handler: Handler): void {
    this.times[pos] = time;
    this.seqs[pos] = seq;
    this.args[pos] = arg;
    this.handlers[pos] = handler;
  }

  private grow(): void {
    const size = this.times.length * 2;
    this.times = grown(this.times, size);
    this.seqs = grown(this.seqs, size);
    this.args = grown(this.args, size);
  }
}
