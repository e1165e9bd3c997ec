import { Limiter } from '../page/limiter';
import { loopTask } from './loopTask';
import { mainLanes, type LiveRunner } from './runner';

export const asyncioGatherLive: LiveRunner = {
  source: `// Every request at once; at most LIMIT connections, like aiohttp's connector.
const connections = new Limiter(LIMIT);
async function fetchOne(i) {
  await connections.acquire();
  try { var response = await fetch(\`/api/slow?ms=\${L}&id=\${i}\`); } // suspends; the loop runs others
  finally { connections.release(); }
  return parse(await response.json());
}
await Promise.all(Array.from({ length: N }, (_, i) => fetchOne(i)));`,
  async run(ctx) {
    const lane = mainLanes(ctx, true);
    const connector = new Limiter(ctx.params.connectorLimit);
    await Promise.all(
      ctx
        .tasks(ctx.params.tasks, lane, 'ready')
        .map((task) => loopTask(ctx, task, lane, { limiter: connector })),
    );
  },
};
