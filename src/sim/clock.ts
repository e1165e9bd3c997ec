import { RUN_LIMITS, WorkLimitExceeded } from './budget';
import { CallQueue } from './callQueue';
import { EventHeap } from './eventHeap';
import { Call, type Actor } from './handler';

/**
 * The virtual clock and its event queue. Events at the same time run in the order they were scheduled
 * (FIFO), which keeps queues and loops fair and the simulation deterministic. An event is an (actor, code,
 * integer) triple in a typed-array heap: scheduling one allocates nothing. An event for the current instant (an idle loop
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

  /** Call `actor.act(code, arg)` at absolute time `time` (never in the past). */
  at(time: number, actor: Actor, code: number, arg = 0): void {
    const at = quantize(time);
    if (at <= this.now) this.soon.push(actor, code, arg, this.seq++);
    else this.queue.push(at, this.seq++, actor, code, arg);
  }

  /** Call `actor.act(code, arg)` after `delay` ms of virtual time. */
  after(delay: number, actor: Actor, code: number, arg = 0): void {
    this.at(this.now + delay, actor, code, arg);
  }

  /** Call `fn()` after `delay` ms: for one-off actions (process start-up, tests), not per event. */
  later(delay: number, fn: () => void): void {
    this.after(delay, new Call(fn), 0);
  }

  /** Run every event until none are left; returns the final time. */
  run(): number {
    const { queue, soon } = this;
    let steps = 0;
    for (;;) {
      let actor: Actor;
      let code: number;
      let arg: number;
      if (
        soon.length > 0 &&
        (queue.length === 0 || queue.topTime > this.now || queue.topSeq > soon.nextTag)
      ) {
        soon.take();
        actor = soon.actor;
        code = soon.code;
        arg = soon.arg;
      } else if (queue.length > 0) {
        this.now = queue.topTime;
        actor = queue.topActor;
        code = queue.topCode;
        arg = queue.topArg;
        queue.pop();
      } else break;
      if (++steps > this.maxSteps) throw new WorkLimitExceeded('steps', this.maxSteps, this.now);
      actor.act(code, arg);
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
