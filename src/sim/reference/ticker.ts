/**
 * The reference simulator's clock: time moves in fixed 1 ms ticks, and everything that takes time is a
 * countdown of whole milliseconds. No priority queue, no cancelled events: each tick, every countdown and
 * every running CPU burst loses one millisecond, and countdowns that reach zero fire.
 *
 * Simultaneous countdowns fire in the order they were set (their `stamp`), the rule the fast engine's clock
 * documents: "first scheduled, first served". A countdown set to 0 while firing fires later in the same ms.
 */
export interface Countdown {
  left: number;
  stamp: number;
  readonly fire: () => void;
}

/** Longest run the reference will tick through before giving up (a stuck simulation is a bug). */
const MAX_MS = 1_000_000;

export class Ticker {
  now = 0;
  private nextStamp = 0;
  private readonly pending: Countdown[] = [];
  private readonly everyMs: (() => void)[] = [];

  /** Fire `fire` after `ms` whole milliseconds. */
  countdown(ms: number, fire: () => void): Countdown {
    if (!Number.isInteger(ms) || ms < 0)
      throw new Error(`reference: ${ms} ms is not a whole number of ticks`);
    const c: Countdown = { left: ms, stamp: this.nextStamp++, fire };
    this.pending.push(c);
    return c;
  }

  /** Bring a countdown forward to `ms` from now if that is sooner; it then counts as set now. */
  shorten(c: Countdown, ms: number): void {
    if (ms >= c.left) return;
    c.left = ms;
    c.stamp = this.nextStamp++;
  }

  /** Work done during every millisecond (CPU bursts burning), after that millisecond's countdowns fired. */
  onEachMs(work: () => void): void {
    this.everyMs.push(work);
  }

  /** Tick until nothing is pending; returns the time of the last firing. */
  run(): number {
    for (;;) {
      this.fireDue();
      if (this.pending.length === 0) return this.now;
      if (this.now >= MAX_MS) throw new Error('reference: simulation did not finish');
      for (const work of this.everyMs) work();
      for (const c of this.pending) c.left -= 1;
      this.now += 1;
    }
  }

  private fireDue(): void {
    for (;;) {
      let first: Countdown | undefined;
      for (const c of this.pending)
        if (c.left === 0 && (first === undefined || c.stamp < first.stamp)) first = c;
      if (first === undefined) return;
      this.pending.splice(this.pending.indexOf(first), 1);
      first.fire();
    }
  }
}
