import { CallQueue } from './callQueue';
import type { Handler } from './handler';

/**
 * A counting semaphore with a FIFO wait queue: `asyncio.Semaphore(k)`, aiohttp's connector limit, a pool's
 * slots. A limit of 0 means unlimited. Waiters are (handler, arg) pairs: waiting allocates nothing.
 */
export class Semaphore {
  private inUse = 0;
  private readonly waiters = new CallQueue();

  constructor(readonly limit: number) {}

  /** Take a slot now if one is free; returns false if the caller must wait. */
  tryAcquire(): boolean {
    if (this.limit > 0 && this.inUse >= this.limit) return false;
    this.inUse++;
    return true;
  }

  /** Wait in line for a slot; `granted(arg)` runs when it is the caller's (the slot is already taken for it). */
  enqueue(granted: Handler, arg = 0): void {
    this.waiters.push(granted, arg);
  }

  release(): void {
    const waiters = this.waiters;
    if (waiters.take()) {
      waiters.handler(waiters.arg);
      return;
    }
    this.inUse--;
  }

  get held(): number {
    return this.inUse;
  }
}
