import { epochNow } from '../clock';
import { loopTask } from './loopTask';
import { mainLanes, type LiveRunner } from './runner';

export const doneCallbacksLive: LiveRunner = {
  source: `// A callback runs on the loop once its task is done (Python's add_done_callback).
async function fetchOne(i) {
  const response = await fetch(\`/api/slow?ms=\${L}&id=\${i}\`);
  return parse(await response.json());
}
const tasks = Array.from({ length: N }, (_, i) =>
  fetchOne(i).then((result) => report(i, result)));      // the done-callback
await Promise.all(tasks);`,
  async run(ctx) {
    const lane = mainLanes(ctx, true);
    const tasks = ctx.tasks(ctx.params.tasks, lane, 'ready');
    await Promise.all(
      tasks.map((task) =>
        loopTask(ctx, task, lane).then(() => ctx.recorder.event('callback', epochNow(), lane, task)),
      ),
    );
  },
};
