import { loopTask } from './loopTask';
import { mainLanes, type LiveRunner } from './runner';

export const taskLifecycleLive: LiveRunner = {
  source: `// A task is a promise the loop drives: pending → running → suspended → running → done.
async function work(i) {
  crunch(CPU);                                        // running: holds the loop
  const response = await fetch(\`/api/slow?ms=\${L}\`);  // suspended: the loop is free
  crunch(CPU);                                        // running again
  return response.json();
}
const tasks = Array.from({ length: N }, (_, i) => work(i)); // scheduled
await Promise.all(tasks);                                    // done`,
  async run(ctx) {
    const lane = mainLanes(ctx, true);
    const tasks = ctx.tasks(ctx.params.tasks, lane, 'ready');
    await Promise.all(tasks.map((task) => loopTask(ctx, task, lane, { cpuBeforeMs: ctx.params.cpuMs })));
  },
};
