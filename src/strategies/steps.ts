import type { Semaphore } from '../sim/semaphore';
import type { Step } from '../sim/program';
import type { EventLoop } from '../sim/eventLoop';
import type { World } from '../sim/world';

/**
 * The task most programs run: one request to the endpoint, then `parse` on the answer (CPU work). Blocking for
 * `requests.get` (the thread waits), not for aiohttp (the coroutine suspends; `connector` caps connections).
 * @example fetchThenParse({ blocking: true }, 20) // requests.get, then 20 ms of CPU
 */
export function fetchThenParse(
  request: { readonly blocking: boolean; readonly connector?: Semaphore },
  cpuMs: number,
): Step[] {
  return [
    { kind: 'request', ...request },
    { kind: 'cpu', ms: cpuMs },
  ];
}

/** Creates `count` ready tasks on `loop` that each run `steps` (asyncio.gather over create_task). */
export function spawnAll(world: World, loop: EventLoop, count: number, steps: readonly Step[]): void {
  for (const task of world.tasks(count, loop.lane, 'ready')) loop.spawn(task, steps);
}
