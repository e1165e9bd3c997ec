import type { SimProcess } from './cpu';
import { EventLoop } from './eventLoop';
import { Fifo } from './fifo';
import type { Step } from './program';
import { exitProcesses, startProcesses } from './spawn';
import type { World } from './world';

/**
 * aiomultiprocess.Pool(processes=p, childconcurrency=c).map: a Manager process first (its queues carry the
 * tasks), then p spawned processes, each running its own event loop with up to c coroutines at once; a child
 * takes the next task from the shared queue whenever one of its coroutines finishes.
 */
export function aioPoolMap(
  world: World,
  parent: SimProcess,
  tasks: readonly number[],
  steps: readonly Step[],
): void {
  const { workers, concurrency } = world.params;
  const manager = world.process('manager', 'SyncManager-1', parent.lane);
  const queue = new Fifo<number>();
  for (const t of tasks) queue.push(t);
  const procs: SimProcess[] = [];
  const loops: EventLoop[] = [];
  for (let i = 0; i < workers; i++) {
    const proc = world.process(`child-${i + 1}`, `SpawnProcess-${i + 1}`, parent.lane);
    procs.push(proc);
    loops.push(new EventLoop(world, world.thread(`child-${i + 1}/loop`, 'event loop', proc, 'event-loop')));
  }
  let remaining = tasks.length;
  // One done-callback per child (not a closure per task): a finished coroutine makes room for the next task.
  const finished = loops.map((_, i) => () => {
    if (--remaining === 0) exitProcesses(world, [...procs, manager]);
    take(i);
  });
  const take = (i: number) => {
    const task = queue.shift();
    if (task !== undefined) loops[i].spawn(task, steps, finished[i]);
  };
  startProcesses(world, procs, { spawnAfter: manager }, (i) => {
    for (let k = 0; k < concurrency; k++) take(i);
  });
}
