/**
 * A FIFO async limiter: at most `limit` holders at once (asyncio.Semaphore, or aiohttp's connector limit).
 * `limit` 0 means no limit.
 */
export class Limiter {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Resolves when a slot is free; `onWait` runs first if the caller has to wait. */
  async acquire(onWait?: () => void): Promise<void> {
    if (this.limit === 0 || this.held < this.limit) {
      this.held++;
      return;
    }
    onWait?.();
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = Math.max(0, this.held - 1);
  }
}
