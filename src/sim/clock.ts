import { RUN_LIMITS, WorkLimitExceeded } from './budget';
import { CallQueue } from './callQueue';
import { EventHeap } from './eventHeap';
import type { Handler } from './handler';

/**
 * The virtual clock and its event queue. Events at the same time run in the order they were scheduled
 * (FIFO), which keeps queues and loops fair and the simulation deterministic. An event is a (handler, integer)
 * pair in a typed-array heap: scheduling one allocates nothing. An event for the current instant (an idle loop
 * woken, `after(0, ...)`) comes after every event already scheduled for it, so it joins a plain FIFO, `soon`,
 * instead of the heap; `run` takes from whichever of the two holds the earlier scheduled event.
 */
export class Clock {
  now = 0;
  private readonly queue = new EventHeap();
  /** Events at `now`, in the order they were scheduled (tag: their seq). Empty whenever the clock moves on. */
  private readonly soon = new CallQueue();
  private seq = 0;

  /** @param maxSteps how many events `run` may process before it stops with `WorkLimitExceeded`. */
  constructor(private readonly maxSteps: number = RUN_LIMITS.steps) {}

  /** Call `handler(arg)` at absolute time `time` (never in the past). */
  at(time: number, handler: Handler, arg = 0): void {
    const at = quantize(time);
    if (at <= this.now) this.soon.push(handler, arg, this.seq++);
    else this.queue.push(at, this.seq++, handler, arg);
  }

  /** Call `handler(arg)` after `delay` ms of virtual time. */
  after(delay: number, handler: Handler, arg = 0): void {
    this.at(this.now + delay, handler, arg);
  }

  /** Run every event until none are left; returns the final time. */
  run(): number {
    const { queue, soon } = this;
    let steps = 0;
    for (;;) {
      let handler: Handler;
      let arg: number;
      if (
        soon.length > 0 &&
        (queue.length === 0 || queue.topTime > this.now || queue.topSeq > soon.nextTag)
      ) {
        soon.take();
        handler = soon.handler;
        arg = soon.arg;
      } else if (queue.length > 0) {
        this.now = queue.topTime;
        handler = queue.topHandler;
        arg = queue.topArg;
        queue.pop();
      } else break;
      if (++steps > this.maxSteps) throw new WorkLimitExceeded('steps', this.maxSteps, this.now);
      handler(arg);
    }
    return this.now;
  }
}

/**
 * Times are kept to the nanosecond (1e-6 ms): sums of fractional durations (0.2 ms to send, 1003 ms away,
 * 0.2 ms to read) that are equal on paper must land on the same instant, or a task would show a ready
 * segment 1e-13 ms long and ties would no longer be first scheduled, first served.
 */
function quantize(time: number): number {
  return Math.round(time * 1e6) / 1e6;
}
