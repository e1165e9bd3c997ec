import { RUN_LIMITS, WorkLimitExceeded } from './budget';
import { EventHeap } from './eventHeap';
import type { Handler } from './handler';

/**
 * The virtual clock and its event queue. Events at the same time run in the order they were scheduled
 * (FIFO), which keeps queues and loops fair and the simulation deterministic. An event is a (handler, integer)
 * pair in a typed-array heap: scheduling one allocates nothing.
 */
export class Clock {
  now = 0;
  private readonly queue = new EventHeap();
  private seq = 0;

  /** @param maxSteps how many events `run` may process before it stops with `WorkLimitExceeded`. */
  constructor(private readonly maxSteps: number = RUN_LIMITS.steps) {}

  /** Call `handler(arg)` at absolute time `time` (never in the past). */
  at(time: number, handler: Handler, arg = 0): void {
    this.queue.push(Math.max(quantize(time), this.now), this.seq++, handler, arg);
  }

  /** Call `handler(arg)` after `delay` ms of virtual time. */
  after(delay: number, handler: Handler, arg = 0): void {
    this.at(this.now + delay, handler, arg);
  }

  /** Run every event until none are left; returns the final time. */
  run(): number {
    const queue = this.queue;
    let steps = 0;
    while (queue.length > 0) {
      const time = queue.topTime;
      const handler = queue.topHandler;
      const arg = queue.topArg;
      queue.pop();
      this.now = time;
      if (++steps > this.maxSteps) throw new WorkLimitExceeded('steps', this.maxSteps, time);
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
