import { epochNow } from '../clock';
import { burn } from '../host/burn';
import { loopTask } from './loopTask';
import { mainLanes, type LiveRunner } from './runner';

export const doneCallbacksLive: LiveRunner = {
  source: `// A callback runs on the loop once its task is done (Python's add_done_callback).
async function fetchOne(i) {
  const response = await fetch(\`/api/slow?ms=\${L}&id=\${i}\`);
  return response.text();
}
const tasks = Array.from({ length: N }, (_, i) =>
  fetchOne(i).then((text) => report(parse(text))));  // the done-callback: CPU work on the loop
await Promise.all(tasks);`,
  async run(ctx) {
    const lane = mainLanes(ctx, true);
    const tasks = ctx.tasks(ctx.params.tasks, lane, 'ready');
    // The task only fetches; its CPU work runs in its callback, a reaction queued when the task settles and run
    // in turn on the page's thread (as call_soon queues a done-callback on the loop), timed from start to end.
    const callback = (task: number) => {
      const start = epochNow();
      burn(ctx.params.cpuMs);
      ctx.recorder.callback(start, epochNow(), lane, task);
    };
    await Promise.all(
      tasks.map((task) => loopTask(ctx, task, lane, { cpuAfter: false }).then(() => callback(task))),
    );
  },
};
