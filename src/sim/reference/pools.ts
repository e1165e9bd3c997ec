import type { Params } from '../../trace/scenario';
import type { RefContext } from './context';
import { refProcess, refThread, type RefProcess } from './cpu';
import { RefLoop, type LoopOp } from './loop';
import { RefWorker, type ThreadOp } from './workers';

/** aiomultiprocess: the Manager's start-up, then the parent's share of starting each child, one by one (ms). */
const MANAGER_MS = 190;
const SPAWN_PARENT_MS = 34;

/**
 * Starts `count` worker processes and calls `ready(i)` when process i can take work. A fork pool's parent
 * forks them one after another, `startupMs` each (a wait, no CPU). aiomultiprocess's parent first waits
 * MANAGER_MS for its Manager, then starts the children one after another, SPAWN_PARENT_MS each; a child then
 * burns `startupMs` of CPU on its own main thread, sharing the cores with the others.
 */
function startProcesses(
  ctx: RefContext,
  procs: readonly RefProcess[],
  how: 'fork' | 'spawn',
  ms: number,
  ready: (i: number) => void,
): void {
  procs.forEach((proc, i) => {
    if (how === 'fork') ctx.ticker.countdown(i * ms, () => ctx.ticker.countdown(ms, () => ready(i)));
    else
      ctx.ticker.countdown(MANAGER_MS + (i + 1) * SPAWN_PARENT_MS, () =>
        ctx.cpu.burn(refThread(proc), ms, () => ready(i)),
      );
  });
}

/**
 * multiprocessing.Pool(p).map: tasks cut into chunks of `chunksize` (0: ceil(N / 4p), at least 1); a worker
 * process with nothing left in its chunk takes the next chunk, and runs its tasks one after another.
 */
export function processPoolMap(ctx: RefContext, params: Params, ops: readonly ThreadOp[]): void {
  const { tasks, workers, chunksize } = params;
  const size = chunksize > 0 ? chunksize : Math.max(1, Math.ceil(tasks / (4 * workers)));
  const chunks: number[][] = [];
  for (let first = 0; first < tasks; first += size) {
    const chunk: number[] = [];
    for (let task = first; task < Math.min(tasks, first + size); task++) chunk.push(task);
    chunks.push(chunk);
  }
  const procs = Array.from({ length: workers }, refProcess);
  const processWorkers = procs.map((proc) => {
    let chunk: number[] = [];
    return new RefWorker(ctx, refThread(proc), () => {
      if (chunk.length === 0) chunk = chunks.shift() ?? [];
      const task = chunk.shift();
      return task === undefined ? undefined : { task, ops, finish: true };
    });
  });
  startProcesses(ctx, procs, 'fork', params.startupMs, (i) => processWorkers[i].wake());
}

/**
 * aiomultiprocess.Pool(p, childconcurrency=c).map: p spawned processes, each with an event loop that keeps
 * up to c tasks going; when one of its tasks finishes, the loop takes the next task from the shared line.
 */
export function aioPoolMap(ctx: RefContext, params: Params, ops: readonly LoopOp[]): void {
  const line: number[] = [];
  for (let task = 0; task < params.tasks; task++) line.push(task);
  const procs = Array.from({ length: params.workers }, refProcess);
  const loops = procs.map((proc) => new RefLoop(ctx, proc));
  const take = (loop: RefLoop): void => {
    const task = line.shift();
    if (task !== undefined) loop.spawn(task, ops, () => take(loop));
  };
  startProcesses(ctx, procs, 'spawn', params.startupMs, (i) => {
    for (let k = 0; k < params.concurrency; k++) take(loops[i]);
  });
}
