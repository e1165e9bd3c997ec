import type { SimProcess } from './cpu';
import type { World } from './world';

/**
 * Starts worker processes. A forked pool's parent forks them one after another (`startupMs` each, on the
 * parent); a spawned interpreter imports its modules itself, burning `startupMs` of CPU on its own main
 * thread, so many spawns at once compete for the cores. `ready(i)` runs when process i can take work.
 */
export function startProcesses(
  world: World,
  procs: readonly SimProcess[],
  how: 'fork' | 'spawn',
  ready: (index: number) => void,
): void {
  const startupMs = world.params.startupMs;
  procs.forEach((proc, i) => {
    const begin = how === 'fork' ? i * startupMs : 0;
    world.clock.at(begin, () => {
      world.recorder.event('process-start', world.now, proc.lane);
      const done = () => {
        world.recorder.setStartup(proc.lane, begin, world.now);
        ready(i);
      };
      if (how === 'fork') world.clock.after(startupMs, done);
      else world.cpu.run(world.mainThread(proc), startupMs, -1, done);
    });
  });
}

/** Records every process's exit when the pool shuts down. */
export function exitProcesses(world: World, procs: readonly SimProcess[]): void {
  for (const proc of procs) world.recorder.event('process-exit', world.now, proc.lane);
}
