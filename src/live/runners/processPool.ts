import { defaultChunksize } from '../../sim/processPool';
import { runOnWorkers } from '../page/runOnWorkers';
import { mainLanes, type LiveRunner } from './runner';

/** Pool.map's chunks: `chunksize`, or Python's default, as the simulator cuts them (`defaultChunksize`). */
export function mapChunks(tasks: readonly number[], workers: number, chunksize: number): number[][] {
  const size = chunksize > 0 ? chunksize : defaultChunksize(tasks.length, workers);
  const chunks: number[][] = [];
  for (let i = 0; i < tasks.length; i += size) chunks.push(tasks.slice(i, i + size));
  return chunks;
}

export const processPoolLive: LiveRunner = {
  source: `// P Web Workers as processes, each with its own thread (and so its own "GIL").
// Like Pool.map, tasks go out in chunks; a worker runs its chunk one task at a time.
const pool = new WorkerPool(P);          // real start-up, one worker after another, like fork
const chunks = chunk(range(N), CHUNKSIZE || Math.ceil(N / (4 * P)));
await pool.map(chunks, (i) => {
  const text = syncGet(\`/api/slow?ms=\${L}&id=\${i}\`);   // blocks this worker only
  return parse(text);                                   // CPU in parallel, up to the cores
});`,
  async run(ctx) {
    const main = mainLanes(ctx, false);
    const { tasks: n, workers, chunksize } = ctx.params;
    const tasks = ctx.tasks(n, main, 'queued');
    const pool = await runOnWorkers(ctx, {
      count: workers,
      kind: 'process',
      parent: main,
      name: (i) => ({ lane: `worker-${i}`, label: `PoolWorker-${i}` }),
      start: 'one-by-one',
      concurrency: 1,
      plan: (task, worker) => ctx.plan(task, worker.lane, 'blocking'),
    });
    for (const chunk of mapChunks(tasks, workers, chunksize)) pool.add(chunk);
  },
};
