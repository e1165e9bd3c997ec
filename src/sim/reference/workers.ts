import { blockingRequest, type RefContext } from './context';
import type { RefThread } from './cpu';

/** What a plain thread can do: a blocking request (the thread waits, GIL released) or CPU work. */
export type ThreadOp = { readonly kind: 'request' } | { readonly kind: 'cpu'; readonly ms: number };

/** Work for a thread: `ops` one after another; `finish` records the task as done at the end. */
export interface RefJob {
  readonly task: number;
  readonly ops: readonly ThreadOp[];
  readonly finish: boolean;
  readonly onDone?: () => void;
}

/** A thread that runs jobs one after another, asking `nextJob` for the next one whenever it is free. */
export class RefWorker {
  idle = true;

  constructor(
    private readonly ctx: RefContext,
    private readonly thread: RefThread,
    private readonly nextJob: () => RefJob | undefined,
  ) {}

  /** Start working if the thread is idle. */
  wake(): void {
    if (this.idle) this.takeNext();
  }

  private takeNext(): void {
    const job = this.nextJob();
    this.idle = job === undefined;
    if (job !== undefined) this.step(job, 0);
  }

  private step(job: RefJob, i: number): void {
    const { ctx } = this;
    if (i === job.ops.length) {
      if (job.finish) ctx.finish[job.task] = ctx.ticker.now;
      job.onDone?.();
      return this.takeNext();
    }
    const op = job.ops[i];
    if (op.kind === 'cpu') return ctx.cpu.burn(this.thread, op.ms, () => this.step(job, i + 1));
    blockingRequest(ctx, this.thread, job.task, () => this.step(job, i + 1));
  }
}

/** A ThreadPoolExecutor: jobs wait in one line; the first idle thread (in creation order) takes the next. */
export class RefThreadPool {
  private readonly line: RefJob[] = [];
  private readonly workers: RefWorker[];

  constructor(ctx: RefContext, threads: readonly RefThread[]) {
    this.workers = threads.map((t) => new RefWorker(ctx, t, () => this.line.shift()));
  }

  submit(job: RefJob): void {
    this.line.push(job);
    this.workers.find((w) => w.idle)?.wake();
  }
}
