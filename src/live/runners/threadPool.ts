import { runOnWorkers } from '../page/runOnWorkers';
import { mainLanes, mainThreads, type LiveRunner } from './runner';

export const threadPoolLive: LiveRunner = {
  source: `// P workers as the threads of one process. Each takes one task at a time and blocks on
// its request; CPU work needs the shared GIL, held in 5 ms slices (a token passed by messages).
const pool = new ThreadPool(P);
await Promise.all(Array.from({ length: N }, (_, i) => pool.submit(() => {
  const text = syncGet(\`/api/slow?ms=\${L}&id=\${i}\`);   // blocked: holds its thread, not the GIL
  return gil.run(() => parse(text));                    // ready until the GIL is free, then running
})));`,
  async run(ctx) {
    const main = mainLanes(ctx, false);
    const pool = await runOnWorkers(ctx, {
      ...mainThreads(ctx, main),
      plan: (task, worker) => ctx.plan(task, worker.lane, 'blocking', { gil: true }),
    });
    for (const task of ctx.tasks(ctx.params.tasks, main, 'queued')) pool.add([task]);
  },
};
