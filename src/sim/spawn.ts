import type { SimProcess } from './cpu';
import { Call } from './handler';
import type { World } from './world';

/**
 * aiomultiprocess.Pool() starts a multiprocessing Manager first (`get_manager()`: a spawned server process the
 * parent waits for) and then its children, one `Process.start()` after another. Measured on CPython 3.11, 2
 * cores: Pool() returns after 203–344 ms for p ≤ 4 and 438–486 ms at p = 8, i.e. about 190 ms + 34 ms × p.
 */
export const MANAGER_STARTUP_MS = 190;
/** The parent's share of starting one spawned child (fork + exec of a fresh interpreter, its pickled state). */
export const SPAWN_PARENT_MS = 34;

/** How a pool starts its processes. */
export type StartMode =
  /** multiprocessing's fork: the parent forks them one after another, `startupMs` each (a wait, no CPU). */
  | 'fork'
  /**
   * aiomultiprocess's spawn: after the Manager (`manager`, drawn as its own lane), the parent starts each
   * child in turn (SPAWN_PARENT_MS); each child then imports its modules, burning `startupMs` of CPU on its
   * own main thread, so many children at once compete for the cores.
   */
  | { readonly spawnAfter: SimProcess };

/** Starts worker processes; `ready(i)` runs when process i can take work. */
export function startProcesses(
  world: World,
  procs: readonly SimProcess[],
  how: StartMode,
  ready: (index: number) => void,
): void {
  const startupMs = world.params.startupMs;
  if (how !== 'fork') {
    const manager = how.spawnAfter;
    world.recorder.event('process-start', 0, manager.lane);
    world.recorder.setStartup(manager.lane, 0, MANAGER_STARTUP_MS);
  }
  procs.forEach((proc, i) => {
    const begin = how === 'fork' ? i * startupMs : MANAGER_STARTUP_MS + i * SPAWN_PARENT_MS;
    world.clock.at(
      begin,
      new Call(() => {
        world.recorder.event('process-start', world.now, proc.lane);
        const done = () => {
          world.recorder.setStartup(proc.lane, begin, world.now);
          ready(i);
        };
        if (how === 'fork') world.clock.later(startupMs, done);
        else
          world.clock.later(SPAWN_PARENT_MS, () =>
            world.cpu.run(world.mainThread(proc), startupMs, -1, new Call(done), 0),
          );
      }),
      0,
    );
  });
}

/** Records every process's exit when the pool shuts down. */
export function exitProcesses(world: World, procs: readonly SimProcess[]): void {
  for (const proc of procs) world.recorder.event('process-exit', world.now, proc.lane);
}
