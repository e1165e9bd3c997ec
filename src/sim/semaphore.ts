/**
 * A counting semaphore with a FIFO wait queue: `asyncio.Semaphore(k)`, aiohttp's connector limit, a pool's
 * slots. A limit of 0 means unlimited.
 */
export class Semaphore {
  private inUse = 0;
  private readonly waiters: (() => void)[] = [];
  private head = 0;

  constructor(readonly limit: number) {}

  /** Take a slot now if one is free; returns false if the caller must wait. */
  tryAcquire(): boolean {
    if (this.limit > 0 && this.inUse >= this.limit) return false;
    this.inUse++;
    return true;
  }

  /** Wait in line for a slot; `granted` runs when it is the caller's (the slot is already taken for it). */
  enqueue(granted: () => void): void {
    this.waiters.push(granted);
  }

  release(): void {
    if (this.head < this.waiters.length) {
      const next = this.waiters[this.head];
      this.waiters[this.head++] = noop;
      next();
      return;
    }
    this.inUse--;
  }

  get held(): number {
    return this.inUse;
  }
}

function noop(): void {}
