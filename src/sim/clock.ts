import FlatQueue from 'flatqueue';
import { RUN_LIMITS, WorkLimitExceeded } from './budget';

/**
 * The virtual clock and its event queue. Events at the same time run in the order they were scheduled
 * (FIFO), which keeps queues and loops fair and the simulation deterministic: flatqueue alone does not
 * order ties, so events popped at one instant are sorted by their sequence number before they run.
 */
export class Clock {
  now = 0;
  private readonly queue = new FlatQueue<number>();
  private readonly actions: ((() => void) | undefined)[] = [];
  private seq = 0;

  /** @param maxSteps how many events `run` may process before it stops with `WorkLimitExceeded`. */
  constructor(private readonly maxSteps: number = RUN_LIMITS.steps) {}

  /** Run `action` at absolute time `time` (never in the past). */
  at(time: number, action: () => void): void {
    const id = this.seq++;
    this.actions[id] = action;
    this.queue.push(id, Math.max(time, this.now));
  }

  /** Run `action` after `delay` ms of virtual time. */
  after(delay: number, action: () => void): void {
    this.at(this.now + delay, action);
  }

  /** Run every event until none are left; returns the final time. */
  run(): number {
    const batch: number[] = [];
    let steps = 0;
    while (this.queue.length > 0) {
      const time = this.queue.peekValue() as number;
      batch.length = 0;
      while (this.queue.length > 0 && this.queue.peekValue() === time) batch.push(this.queue.pop() as number);
      batch.sort((x, y) => x - y);
      this.now = time;
      steps += batch.length;
      if (steps > this.maxSteps) throw new WorkLimitExceeded('steps', this.maxSteps, time);
      for (const id of batch) {
        const action = this.actions[id] as () => void;
        this.actions[id] = undefined;
        action();
      }
    }
    return this.now;
  }
}
