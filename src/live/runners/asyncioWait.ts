import { epochNow } from '../clock';
import { loopTask } from './loopTask';
import { mainLanes, type LiveRunner } from './runner';

export const asyncioWaitLive: LiveRunner = {
  source: `// main() starts every task, then suspends until all are done (asyncio.wait).
async function main() {
  const tasks = Array.from({ length: N }, (_, i) => fetchOne(i));
  const results = await Promise.allSettled(tasks);   // main() is suspended here
  return results.filter((r) => r.status === 'fulfilled');
}`,
  async run(ctx) {
    const lane = mainLanes(ctx, true);
    const main = ctx.task('main()', lane, 'suspended', 'main');
    ctx.recorder.event('suspend', epochNow(), lane, main);
    const tasks = ctx.tasks(ctx.params.tasks, lane, 'ready');
    await Promise.allSettled(tasks.map((task) => loopTask(ctx, task, lane)));
    if (ctx.signal.aborted) return;
    ctx.recorder.event('resume', epochNow(), lane, main);
    ctx.page.state(main, 'running', lane);
    ctx.finish(main, 'done');
  },
};
