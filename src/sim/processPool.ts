import type { SimProcess } from './cpu';
import { Fifo } from './fifo';
import type { Step } from './program';
import { exitProcesses, startProcesses } from './spawn';
import { ThreadWorker } from './threadWorker';
import type { World } from './world';

/** Pool.map's default chunksize: ceil(N / (4p)), at least 1. */
export function defaultChunksize(tasks: number, workers: number): number {
  return Math.max(1, Math.ceil(tasks / (4 * workers)));
}

/**
 * multiprocessing.Pool(p).map(fn, items, chunksize): items are cut into chunks; each worker process takes
 * the next chunk when free and runs its items one after another on its single thread.
 */
export function poolMap(
  world: World,
  parent: SimProcess,
  tasks: readonly number[],
  steps: readonly Step[],
): void {
  const { workers, chunksize: requested } = world.params;
  const size = requested > 0 ? requested : defaultChunksize(tasks.length, workers);
  const chunks = new Fifo<readonly number[]>();
  for (let i = 0; i < tasks.length; i += size) chunks.push(tasks.slice(i, i + size));

  const procs: SimProcess[] = [];
  for (let i = 0; i < workers; i++) {
    procs.push(world.process(`worker-${i + 1}`, `ForkPoolWorker-${i + 1}`, parent.lane));
  }
  let remaining = tasks.length;
  const finished = () => {
    if (--remaining === 0) exitProcesses(world, procs);
  };
  const workerOf = procs.map((proc) => {
    let chunk: readonly number[] = [];
    let cursor = 0;
    return new ThreadWorker(world, world.mainThread(proc), () => {
      if (cursor >= chunk.length) {
        const taken = chunks.shift();
        if (!taken) return undefined;
        chunk = taken;
        cursor = 0;
        for (const task of chunk) world.recorder.state(task, 'queued', proc.lane, world.now);
      }
      return { task: chunk[cursor++], steps, finish: true, onDone: finished };
    });
  });
  startProcesses(world, procs, 'fork', (i) => workerOf[i].wake());
}
