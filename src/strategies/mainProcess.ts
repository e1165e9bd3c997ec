import { EventLoop } from '../sim/eventLoop';
import { World } from '../sim/world';
import type { SimProcess } from '../sim/cpu';
import type { Detail } from '../sim/recorder';
import type { Scenario } from '../trace/scenario';

/** A fresh world for a scenario, with its main process; its strategy's `setUp` then lays out the rest. */
export function mainWorld(scenario: Scenario, detail: Detail = 'full'): { world: World; main: SimProcess } {
  const world = new World(scenario, detail);
  return { world, main: world.process('main', 'MainProcess') };
}

/** The main process's asyncio event loop (asyncio.run). */
export function mainLoop(world: World, main: SimProcess): EventLoop {
  return new EventLoop(world, world.thread('main/loop', 'event loop', main, 'event-loop'));
}
