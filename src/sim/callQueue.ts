import type { Handler } from './handler';

/**
 * A first-in first-out queue of (handler, arg, tag) calls in a ring buffer: a loop's ready queue (the tag says
 * what an entry is), a semaphore's waiters, the clock's events of the current instant (the tag is their order).
 * Pushing and taking allocate nothing (the buffer doubles when full). `take()` moves the oldest call into
 * `handler`, `arg` and `tag`, read right after it.
 */
export class CallQueue {
  private handlers: (Handler | undefined)[] = new Array<Handler | undefined>(64).fill(undefined);
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
    this.handlers[at] = handler;
    this.args[at] = arg;
    this.tags[at] = tag;
    this.count++;
  }

  /** Takes the oldest call into `handler`, `arg`, `tag`; false (and nothing taken) when empty. */
  take(): boolean {
    if (this.count === 0) return false;
    const at = this.head;
    this.handler = this.handlers[at] as Handler;
    this.handlers[at] = undefined;
    this.arg = this.args[at];
    this.tag = this.tags[at];
    this.head = (at + 1) & (this.args.length - 1);
    this.count--;
    return true;
  }

  /** Doubles the buffer, unrolling the ring so the oldest call sits at 0. */
  private grow(): void {
    const size = this.args.length;
    const head = this.head;
    // Native slices, not a loop: this runs a dozen times a run, too seldom for the optimising compiler. Setting
    // the length leaves holes (read as undefined) in V8's fast elements.
    const handlers = this.handlers.slice(head).concat(this.handlers.slice(0, head));
    handlers.length = 2 * size;
    this.handlers = handlers;
    this.args = unrolled(this.args, head);
    this.tags = unrolled(this.tags, head);
    this.head = 0;
  }
}

/** A full ring's column at twice its size, its oldest entry (at `head`) moved to 0. */
function unrolled(column: Float64Array<ArrayBuffer>, head: number): Float64Array<ArrayBuffer> {
  const to = new Float64Array(2 * column.length);
  to.set(column.subarray(head));
  to.set(column.subarray(0, head), column.length - head);
  return to;
}

function noop(): void {}
