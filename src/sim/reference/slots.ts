/**
 * A counting semaphore with a first-come, first-served line: asyncio.Semaphore(k), aiohttp's connection
 * limit. A limit of 0 means no limit. A released slot goes straight to the first in line.
 */
export class RefSlots {
  private free: number;
  private readonly line: (() => void)[] = [];

  constructor(limit: number) {
    this.free = limit > 0 ? limit : Infinity;
  }

  /** Takes a slot now, or queues `granted` to run when one is handed over; returns whether it got one now. */
  take(granted: () => void): boolean {
    if (this.free > 0) {
      this.free -= 1;
      return true;
    }
    this.line.push(granted);
    return false;
  }

  give(): void {
    const next = this.line.shift();
    if (next === undefined) this.free += 1;
    else next();
  }
}
