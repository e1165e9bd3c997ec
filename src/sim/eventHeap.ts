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
    const { times, seqs, args, handlers } = this;
    let pos = this.length++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && seqs[parent] < seq)) break;
      times[pos] = pt;
      seqs[pos] = seqs[parent];
      args[pos] = args[parent];
      handlers[pos] = handlers[parent];
      pos = parent;
    }
    times[pos] = time;
    seqs[pos] = seq;
    args[pos] = arg;
    handlers[pos] = handler;
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
    const handler = handlers[last];
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
      times[pos] = ct;
      seqs[pos] = seqs[child];
      args[pos] = args[child];
      handlers[pos] = handlers[child];
      pos = child;
    }
    times[pos] = time;
    seqs[pos] = seq;
    args[pos] = arg;
    handlers[pos] = handler;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const grown = (from: Float64Array) => {
      const to = new Float64Array(size);
      to.set(from);
      return to;
    };
    this.times = grown(this.times);
    this.seqs = grown(this.seqs);
    this.args = grown(this.args);
  }
}
