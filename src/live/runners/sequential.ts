import { executeTask } from '../host/executeTask';
import { mainLanes, type LiveRunner } from './runner';

export const sequentialLive: LiveRunner = {
  source: `// One request after another, on the page's thread.
for (let i = 0; i < N; i++) {
  const response = await fetch(\`/api/slow?ms=\${L}&id=\${i}\`); // waits here
  parse(await response.json());                                  // CPU: burns the page's thread
}`,
  async run(ctx) {
    const lane = mainLanes(ctx, false);
    for (const task of ctx.tasks(ctx.params.tasks, lane, 'queued')) {
      if (ctx.signal.aborted) return;
      ctx.finish(task, await executeTask(ctx.plan(task, lane, 'async'), ctx.page));
    }
  },
};
