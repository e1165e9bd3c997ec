import type { Countdown, Ticker } from './ticker';

/** CPython's switch interval: a running thread that others wait for is asked to stop within 5 ms. */
export const SWITCH_MS = 5;

/** A Python process of the reference: its threads that want CPU, in line for its one GIL. */
export interface RefProcess {
  /** The head holds the GIL; the others wait for it in arrival order. */
  readonly gilLine: RefThread[];
}

interface Burst {
  /** CPU still to burn, ms. */
  left: number;
  /** The countdown to the end of its current slice on a core; null while it is not on a core. */
  slice: Countdown | null;
  readonly done: () => void;
}

export interface RefThread {
  readonly process: RefProcess;
  burst: Burst | null;
}

export const refProcess = (): RefProcess => ({ gilLine: [] });
export const refThread = (process: RefProcess): RefThread => ({ process, burst: null });

const burstOf = (t: RefThread): Burst => t.burst as Burst;

/**
 * CPU time as two kinds of line. Each process has a `gilLine` whose head holds its GIL; GIL holders stand in
 * one `coreLine`, and the first `cores` of it run, each burning 1 ms per ms. The rules:
 * - a thread that needs CPU joins the back of its gilLine; at its head it joins the back of the coreLine;
 * - a thread that gets a core starts a slice: its whole burst, or at most 5 ms if anyone waits behind it
 *   (for its GIL, or for a core);
 * - when someone starts waiting behind a running thread, its slice is cut to end within 5 ms;
 * - at the end of a slice a finished thread leaves both lines; otherwise it goes to the back of its gilLine
 *   if a thread waits for its GIL (handing the GIL on), and to the back of the coreLine.
 */
export class RefCpu {
  private readonly coreLine: RefThread[] = [];

  constructor(
    private readonly ticker: Ticker,
    private readonly cores: number,
  ) {
    ticker.onEachMs(() => {
      for (const thread of this.running()) burstOf(thread).left -= 1;
    });
  }

  /** Burn `ms` of CPU on `thread`, then call `done` (at once if `ms` is 0). */
  burn(thread: RefThread, ms: number, done: () => void): void {
    if (ms <= 0) return done();
    thread.burst = { left: ms, slice: null, done };
    const line = thread.process.gilLine;
    line.push(thread);
    if (line.length === 1) return this.joinCoreLine(thread);
    if (this.running().includes(line[0])) this.cut(line[0]);
  }

  private running(): RefThread[] {
    return this.coreLine.slice(0, this.cores);
  }

  private joinCoreLine(thread: RefThread): void {
    this.coreLine.push(thread);
    if (this.running().includes(thread)) return this.fillCores();
    for (const other of this.running()) this.cut(other);
  }

  /** Threads that just reached a core start their slice, in line order. */
  private fillCores(): void {
    for (const thread of this.running()) {
      const burst = burstOf(thread);
      if (burst.slice !== null) continue;
      const waitedFor = thread.process.gilLine.length > 1 || this.coreLine.length > this.cores;
      const ms = waitedFor ? Math.min(burst.left, SWITCH_MS) : burst.left;
      burst.slice = this.ticker.countdown(ms, () => this.endSlice(thread));
    }
  }

  private cut(thread: RefThread): void {
    this.ticker.shorten(burstOf(thread).slice as Countdown, SWITCH_MS);
  }

  private endSlice(thread: RefThread): void {
    const burst = burstOf(thread);
    const gilLine = thread.process.gilLine;
    burst.slice = null;
    this.coreLine.splice(this.coreLine.indexOf(thread), 1);
    if (burst.left === 0) {
      thread.burst = null;
      gilLine.shift();
      this.fillCores();
      if (gilLine.length > 0) this.joinCoreLine(gilLine[0]);
      return burst.done();
    }
    if (gilLine.length > 1) {
      gilLine.push(gilLine.shift() as RefThread);
      this.fillCores();
      return this.joinCoreLine(gilLine[0]);
    }
    this.coreLine.push(thread);
    this.fillCores();
  }
}
