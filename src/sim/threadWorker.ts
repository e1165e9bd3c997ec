import type { SimThread } from './cpu';
import type { Actor } from './handler';
import type { Job } from './program';
import type { World } from './world';

/**
 * A thread that runs jobs one after another with blocking semantics: a request holds the thread
 * (`blocked`, GIL released), CPU work needs the GIL and a core. Pulls its next job from `source`.
 * A thread runs one job at a time, so the job and its step are fields: continuing allocates nothing.
 */
/** The thread's continuations (`act`'s codes). */
const ADVANCE = 0;
const SENT = 1;
const ANSWERED = 2;

export class ThreadWorker implements Actor {
  private idle = true;
  private job: Job | undefined;
  /** The step of `job` the thread is at. */
  private pc = 0;

  constructor(
    private readonly world: World,
    readonly thread: SimThread,
    private readonly source: () => Job | undefined,
  ) {
    world.components.push(this);
  }

  get isIdle(): boolean {
    return this.idle;
  }

  /** Start pulling jobs if the thread is idle. */
  wake(): void {
    if (this.idle) this.next();
  }

  private next(): void {
    const job = this.source();
    this.job = job;
    this.idle = job === undefined;
    if (job) this.run(0);
  }

  private run(i: number): void {
    const { world, thread } = this;
    const job = this.job as Job;
    if (i === job.steps.length) {
      if (job.finish) world.recorder.finish(job.task, 'done', world.now);
      job.onDone?.(job.task);
      return this.next();
    }
    this.pc = i;
    const s = job.steps[i];
    switch (s.kind) {
      case 'cpu':
        return world.cpu.run(thread, s.ms, job.task, this, ADVANCE);
      case 'request':
        // requests.get holds the GIL to build and send the request and again to read the answer: behind
        // CPU-bound threads of its process it waits for the GIL both times (CPython's switch interval).
        return world.cpu.run(thread, world.requestCpuHalfMs, job.task, this, SENT);
      default:
        throw new Error(`a plain thread cannot run a '${s.kind}' step`);
    }
  }

  act(code: number): void {
    switch (code) {
      case ADVANCE:
        return this.run(this.pc + 1);
      case SENT:
        return this.sent();
      case ANSWERED:
        return this.answered();
    }
  }

  private sent(): void {
    const { world, thread } = this;
    const task = (this.job as Job).task;
    world.recorder.state(task, 'blocked', thread.lane, world.now);
    world.recorder.event('request-sent', world.now, thread.lane, task);
    world.clock.after(world.requestMs(), this, ANSWERED);
  }

  private answered(): void {
    const { world, thread } = this;
    const task = (this.job as Job).task;
    world.recorder.event('response-received', world.now, thread.lane, task);
    world.cpu.run(thread, world.requestCpuHalfMs, task, this, ADVANCE);
  }
}
