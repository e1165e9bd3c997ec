import { CallQueue } from './callQueue';
import type { Actor } from './handler';

/**
 * A counting semaphore with a FIFO wait queue: `asyncio.Semaphore(k)`, aiohttp's connector limit, a pool's
 * slots. A limit of 0 means unlimited. Waiters are (actor, code, arg) calls: waiting allocates nothing.
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

  /**
   * Wait in line for a slot; `actor.act(granted, arg)` runs when it is the caller's (the slot is already taken
   * for it).
   */
  enqueue(actor: Actor, granted: number, arg = 0): void {
    this.waiters.push(actor, granted, arg);
  }

  release(): void {
    const waiters = this.waiters;
    if (waiters.take()) {
      waiters.actor.act(waiters.code, waiters.arg);
      return;
    }
    this.inUse--;
  }

  get held(): number {
    return this.inUse;
  }
}
