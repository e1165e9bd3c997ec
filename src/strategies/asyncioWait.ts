import type { Step } from '../sim/program';
import type { Strategy } from './types';
import { mainLoop } from './world';

export const asyncioWait = {
  id: 'asyncio-wait',
  group: 'basics',
  title: 'asyncio.wait',
  hint: 'main() suspends until every task is done.',
  explanation: [
    'main() creates the tasks, then awaits asyncio.wait(tasks). That await suspends main() itself: the loop is free to run the tasks, which all suspend on their requests.',
    'When the last task finishes, wait() returns the sets of done and pending tasks and main() resumes. The top row is main(): suspended for the whole run.',
  ],
  python: `import asyncio
import aiohttp

URL = "http://127.0.0.1:5000/slow"

async def request(session, i):
    async with session.get(URL) as response:
        return await response.text()

async def main():
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(request(session, i)) for i in range(N)]
        done, pending = await asyncio.wait(tasks)   # main() suspends here
        for task in done:
            print("Result:", len(task.result()))

asyncio.run(main())`,
  lines: { ready: 12, running: 8, suspended: 7, main: 13 },
  params: ['tasks', 'latencyMs', 'jitterMs', 'cpuMs'],
  defaults: { tasks: 5, latencyMs: 3000, jitterMs: 200 },
  style: { color: '#999999', dash: '1 2' },
  comparison: null,
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const mainTask = world.recorder.addTask('main()', loop.lane, 'suspended', 0, 'main');
    world.recorder.event('suspend', 0, loop.lane, mainTask);
    const steps: Step[] = [
      { kind: 'request', blocking: false },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    let remaining = params.tasks;
    for (const task of world.tasks(params.tasks, loop.lane, 'ready')) {
      loop.spawn(task, steps, () => {
        if (--remaining === 0) loop.wake(mainTask, []);
      });
    }
  },
} satisfies Strategy;
