import { Limiter } from '../page/limiter';
import { loopTask } from './loopTask';
import { mainLanes, type LiveRunner } from './runner';

export const asyncioSemaphoreLive: LiveRunner = {
  source: `// At most K requests in flight: a semaphore around each fetch.
const semaphore = new Limiter(K);
async function fetchOne(i) {
  await semaphore.acquire();                                  // queued while K are in flight
  try { var response = await fetch(\`/api/slow?ms=\${L}&id=\${i}\`); }
  finally { semaphore.release(); }
  return parse(await response.json());
}
await Promise.all(Array.from({ length: N }, (_, i) => fetchOne(i)));`,
  async run(ctx) {
    const lane = mainLanes(ctx, true);
    const semaphore = new Limiter(ctx.params.concurrency);
    await Promise.all(
      ctx
        .tasks(ctx.params.tasks, lane, 'ready')
        .map((task) => loopTask(ctx, task, lane, { limiter: semaphore })),
    );
  },
};
