import { runOnWorkers } from '../page/runOnWorkers';
import type { LiveRunner } from './runner';

export const asyncBlockingLive: LiveRunner = {
  source: `// In a worker: an async function around a synchronous request. Nothing overlaps:
// the request holds the thread, so the loop cannot run another task meanwhile.
async function fetchOne(i) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', \`/api/slow?ms=\${L}&id=\${i}\`, false);   // false: synchronous
  xhr.send();                                              // blocks the thread
  return parse(xhr.responseText);
}
await Promise.all(Array.from({ length: N }, (_, i) => fetchOne(i)));`,
  async run(ctx) {
    const lane = 'main/loop';
    const loop = await runOnWorkers(ctx, {
      beforeClock: true,
      count: 1,
      kind: 'process',
      parent: null,
      name: (n) => ({
        lane: n === 1 ? 'main' : `main-${n}`,
        label: n === 1 ? 'MainProcess (worker)' : `MainProcess (restart ${n - 1})`,
      }),
      concurrency: 1,
      plan: (task) => ctx.plan(task, lane, 'blocking'),
    });
    ctx.recorder.addLane({ id: lane, kind: 'event-loop', label: 'event loop', parent: 'main' });
    loop.add(ctx.tasks(ctx.params.tasks, lane, 'ready'));
  },
};
