/**
 * The GIL of one live process whose threads are workers: one holder at a time, waiters served FIFO. When
 * someone waits, the holder is told, and drops the GIL at the end of its 5 ms slice.
 */
export class GilBroker<W> {
  private holder: W | null = null;
  private readonly queue: W[] = [];

  constructor(
    private readonly grant: (to: W) => void,
    private readonly askToYield: (holder: W) => void,
  ) {}

  acquire(from: W): void {
    if (this.holder === null) {
      this.holder = from;
      this.grant(from);
      return;
    }
    this.queue.push(from);
    if (this.queue.length === 1) this.askToYield(this.holder);
  }

  release(from: W): void {
    if (this.holder !== from) return;
    this.holder = this.queue.shift() ?? null;
    if (this.holder === null) return;
    this.grant(this.holder);
    if (this.queue.length > 0) this.askToYield(this.holder);
  }

  /** A thread died: it neither holds nor waits any more. */
  drop(who: W): void {
    const i = this.queue.indexOf(who);
    if (i >= 0) this.queue.splice(i, 1);
    this.release(who);
  }
}
