import { runOnWorkers } from '../page/runOnWorkers';
import { mainLanes, mainThreads, type LiveRunner } from './runner';

export const runInExecutorLive: LiveRunner = {
  source: `// The event loop (a worker) hands each blocking call to a pool of thread workers and
// awaits the result; the CPU work after it runs back on the loop.
async function fetchOne(i) {
  const text = await executor.run(() => syncGet(\`/api/slow?ms=\${L}&id=\${i}\`)); // a thread blocks
  return parse(text);                                                           // on the loop
}
await Promise.all(Array.from({ length: N }, (_, i) => fetchOne(i)));`,
  async run(ctx) {
    const main = mainLanes(ctx, false);
    const loopLane = `${main}/loop`;
    const [loop, executor] = await Promise.all([
      runOnWorkers(ctx, {
        beforeClock: true,
        count: 1,
        // The crash fault hits an executor thread, not the loop.
        crashable: false,
        kind: 'event-loop',
        parent: main,
        name: (n) => ({ lane: n === 1 ? loopLane : `${loopLane}-${n}`, label: 'event loop' }),
        concurrency: 1,
        plan: (task) => ctx.plan(task, loopLane, null),
      }),
      runOnWorkers(ctx, {
        ...mainThreads(ctx, main),
        plan: (task, worker) => ctx.plan(task, worker.lane, 'blocking', { cpuAfterMs: 0 }),
        // The answer goes back to the loop: the coroutine is ready until the loop runs its CPU work.
        onEnd: (task, outcome, t) => {
          if (outcome !== 'done') return true;
          ctx.recorder.state(task, 'ready', loopLane, t);
          loop.add([task]);
          return false;
        },
      }),
    ]);
    for (const task of ctx.tasks(ctx.params.tasks, loopLane, 'queued')) executor.add([task]);
  },
};
