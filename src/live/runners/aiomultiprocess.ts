import { runOnWorkers } from '../page/runOnWorkers';
import { mainLanes, type LiveRunner } from './runner';

export const aiomultiprocessLive: LiveRunner = {
  source: `// P Web Workers, each running its own event loop with up to C requests in flight.
const pool = new WorkerPool(P, { childConcurrency: C });   // a manager first, then P workers
await pool.map(range(N), async (i) => {                   // inside a worker:
  const response = await fetch(\`/api/slow?ms=\${L}&id=\${i}\`); // suspends; this loop runs others
  return parse(await response.json());                      // CPU holds this worker's loop only
});`,
  async run(ctx) {
    const main = mainLanes(ctx, false);
    const tasks = ctx.tasks(ctx.params.tasks, main, 'queued');
    // aiomultiprocess.Pool() first starts a multiprocessing Manager (get_manager(): a server process the parent
    // waits for) and only then spawns its children, as the model draws it (src/sim/aioPool.ts). Here it is a
    // real worker, started and timed first; it runs no task and exits with the pool.
    await runOnWorkers(ctx, {
      count: 1,
      kind: 'process',
      parent: main,
      name: () => ({ lane: 'manager', label: 'SyncManager-1' }),
      crashable: false,
      concurrency: 0,
      plan: (task, worker) => ctx.plan(task, worker.lane, 'async'),
    });
    const pool = await runOnWorkers(ctx, {
      count: ctx.params.workers,
      kind: 'process',
      parent: main,
      name: (n) => ({ lane: `child-${n}`, label: `SpawnProcess-${n}` }),
      withLoop: true,
      concurrency: ctx.params.concurrency,
      plan: (task, worker) => ctx.plan(task, `${worker.lane}/loop`, 'async'),
    });
    for (const task of tasks) pool.add([task]);
  },
};
