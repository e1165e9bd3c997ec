import type { SimThread } from './cpu';
import type { Job } from './program';
import type { World } from './world';

/**
 * A thread that runs jobs one after another with blocking semantics: a request holds the thread
 * (`blocked`, GIL released), CPU work needs the GIL and a core. Pulls its next job from `source`.
 */
export class ThreadWorker {
  private idle = true;

  constructor(
    private readonly world: World,
    readonly thread: SimThread,
    private readonly source: () => Job | undefined,
  ) {}

  get isIdle(): boolean {
    return this.idle;
  }

  /** Start pulling jobs if the thread is idle. */
  wake(): void {
    if (this.idle) this.next();
  }

  private next(): void {
    const job = this.source();
    this.idle = job === undefined;
    if (job) this.run(job, 0);
  }

  private run(job: Job, i: number): void {
    const { world, thread } = this;
    const { recorder, clock } = world;
    if (i === job.steps.length) {
      if (job.finish) recorder.finish(job.task, 'done', world.now);
      job.onDone?.();
      return this.next();
    }
    const s = job.steps[i];
    switch (s.kind) {
      case 'cpu':
        return world.cpu.run(thread, s.ms, job.task, () => this.run(job, i + 1));
      case 'request': {
        // requests.get holds the GIL to build and send the request and again to read the answer: behind
        // CPU-bound threads of its process it waits for the GIL both times (CPython's switch interval).
        const cpuMs = world.requestCpuHalfMs;
        return world.cpu.run(thread, cpuMs, job.task, () => {
          recorder.state(job.task, 'blocked', thread.lane, world.now);
          recorder.event('request-sent', world.now, thread.lane, job.task);
          clock.after(world.requestMs(), () => {
            recorder.event('response-received', world.now, thread.lane, job.task);
            world.cpu.run(thread, cpuMs, job.task, () => this.run(job, i + 1));
          });
        });
      }
      default:
        throw new Error(`a plain thread cannot run a '${s.kind}' step`);
    }
  }
}
