import { Fifo } from './fifo';
import type { SimProcess } from './cpu';
import type { Executor, Job } from './program';
import { ThreadWorker } from './threadWorker';
import type { World } from './world';

/**
 * The default executor's size (loop.run_in_executor(None, ...)): CPython 3.8+'s ThreadPoolExecutor
 * uses `max_workers = min(32, (os.cpu_count() or 1) + 4)` when none is given.
 */
export function defaultExecutorWorkers(cores: number): number {
  return Math.min(32, cores + 4);
}

/** An executor's threads: `workers`, or the default executor's size when it is 0 (`run_in_executor(None, ...)`). */
export function executorWorkers(workers: number, cores: number): number {
  return workers > 0 ? workers : defaultExecutorWorkers(cores);
}

/** concurrent.futures.ThreadPoolExecutor(max_workers): `size` threads of `proc` sharing one FIFO queue. */
export class ThreadPool implements Executor {
  private readonly queue = new Fifo<Job>();
  private readonly workers: ThreadWorker[] = [];
  private readonly take = (): Job | undefined => this.queue.shift();

  constructor(world: World, proc: SimProcess, size: number, prefix = 'thread') {
    world.components.push(this);
    for (let i = 0; i < size; i++) {
      const thread = world.thread(`${proc.lane}/${prefix}-${i + 1}`, `Thread ${i + 1}`, proc);
      this.workers.push(new ThreadWorker(world, thread, this.take));
    }
  }

  submit(job: Job): void {
    this.queue.push(job);
    const workers = this.workers;
    for (let i = 0; i < workers.length; i++) {
      if (workers[i].isIdle) return workers[i].wake();
    }
  }
}
