import type { Handler } from './handler';

/**
 * A first-in first-out queue of (handler, arg, tag) calls in a ring buffer: a loop's ready queue (the tag says
 * what an entry is), a semaphore's waiters, the clock's events of the current instant (the tag is their order).
 * Pushing and taking allocate nothing (the buffer doubles when full). `take()` moves the oldest call into
 * `handler`, `arg` and `tag`, read right after it.
 *
 * A queue sees a handful of handlers (a loop's continuations), each many times: an entry holds its handler's
 * number, so the ring is typed arrays only. A ring of pointers was slow to grow to 100k entries (every copied
 * pointer passes the garbage collector's write barrier, in code that runs too seldom to be optimised).
 */
export class CallQueue {
  /** Every handler pushed so far, by number. */
  private readonly known: Handler[] = [];
  /** Numbers of handlers past the first few, which are found by a scan. */
  private readonly numbers = new Map<Handler, number>();
  private codes = new Int32Array(64);
  private args = new Float64Array(64);
  private tags = new Float64Array(64);
  private head = 0;
  private count = 0;
  /** The call `take()` took last. */
  handler: Handler = noop;
  arg = 0;
  tag = 0;

  get length(): number {
    return this.count;
  }

  /** The oldest call's tag, without taking it; only when `length > 0`. */
  get nextTag(): number {
    return this.tags[this.head];
  }

  push(handler: Handler, arg: number, tag = 0): void {
    if (this.count === this.args.length) this.grow();
    const at = (this.head + this.count) & (this.args.length - 1);
    this.codes[at] = this.numberOf(handler);
    this.args[at] = arg;
    this.tags[at] = tag;
    this.count++;
  }

  /** Takes the oldest call into `handler`, `arg`, `tag`; false (and nothing taken) when empty. */
  take(): boolean {
    if (this.count === 0) return false;
    const at = this.head;
    this.handler = this.known[this.codes[at]];
    this.arg = this.args[at];
    this.tag = this.tags[at];
    this.head = (at + 1) & (this.args.length - 1);
    this.count--;
    return true;
  }

  private numberOf(handler: Handler): number {
    const known = this.known;
    const scanned = Math.min(known.length, SCANNED);
    for (let i = 0; i < scanned; i++) if (known[i] === handler) return i;
    let n = this.numbers.get(handler);
    if (n === undefined) {
      n = known.length;
      known.push(handler);
      if (n >= SCANNED) this.numbers.set(handler, n);
    }
    return n;
  }

  /** Doubles the buffer, unrolling the ring so the oldest call sits at 0. */
  private grow(): void {
    const head = this.head;
    this.codes = unrolled(this.codes, head);
    this.args = unrolled(this.args, head);
    this.tags = unrolled(this.tags, head);
    this.head = 0;
  }
}

/** How many handlers a push compares by identity before it asks the map. */
const SCANNED = 8;

/** A full ring's column at twice its size, its oldest entry (at `head`) moved to 0. */
function unrolled<C extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(column: C, head: number): C {
  const to = new (column.constructor as new (size: number) => C)(2 * column.length);
  to.set(column.subarray(head));
  to.set(column.subarray(0, head), column.length - head);
  return to;
}

function noop(): void {}
