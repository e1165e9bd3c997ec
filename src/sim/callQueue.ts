import type { Handler } from './handler';

/**
 * A first-in first-out queue of (handler, arg, tag) calls in a ring buffer: a loop's ready queue, a semaphore's
 * waiters. Pushing and taking allocate nothing (the buffer doubles when full). `take()` moves the oldest call
 * into `handler`, `arg` and `tag`, read right after it.
 */
export class CallQueue {
  private handlers: (Handler | undefined)[] = new Array<Handler | undefined>(64).fill(undefined);
  private args = new Float64Array(64);
  private tags = new Uint8Array(64);
  private head = 0;
  private count = 0;
  /** The call `take()` took last. */
  handler: Handler = noop;
  arg = 0;
  tag = 0;

  get length(): number {
    return this.count;
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
    const handlers = new Array<Handler | undefined>(size * 2).fill(undefined);
    const args = new Float64Array(size * 2);
    const tags = new Uint8Array(size * 2);
    for (let i = 0; i < size; i++) {
      const from = (this.head + i) & (size - 1);
      handlers[i] = this.handlers[from];
      args[i] = this.args[from];
      tags[i] = this.tags[from];
    }
    this.handlers = handlers;
    this.args = args;
    this.tags = tags;
    this.head = 0;
  }
}

function noop(): void {}
