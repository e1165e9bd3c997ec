import type { Step } from '../sim/program';
import type { Strategy } from './types';
import { mainLoop } from './world';

export const taskLifecycle = {
  id: 'task-lifecycle',
  group: 'basics',
  title: 'A task\u2019s life',
  hint: 'pending \u2192 running \u2192 suspended \u2192 running \u2192 finished.',
  explanation: [
    'create_task wraps a coroutine in a Task and puts it in the loop\u2019s ready queue: the task is pending (drawn ready) until the loop gets to it. The loop then runs it until its first await.',
    'At the await the task suspends and gives the thread back; the loop runs the other tasks. When the answer arrives the task is ready again, the loop resumes it where it stopped, and it finishes with a result.',
  ],
  python: `import asyncio
import aiohttp

URL = "http://127.0.0.1:5000/slow"

async def execute(session, x):
    prepare(x)                           # CPU: runs on the loop
    async with session.get(URL) as r:    # await: suspend here
        text = await r.text()
    return parse(text)                   # resumed: CPU again

async def main():
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(execute(session, x)) for x in range(N)]
        print(tasks[0])                  # <Task pending ...>
        await asyncio.gather(*tasks)
        print(tasks[0])                  # <Task finished ... result=...>

asyncio.run(main())`,
  lines: { ready: 14, running: 7, suspended: 8 },
  params: ['tasks', 'latencyMs', 'cpuMs', 'jitterMs'],
  defaults: { tasks: 3, latencyMs: 1000, cpuMs: 100, overheadMs: 0, requestCpuMs: 0 },
  style: { color: '#999999', dash: '1 2' },
  comparison: null,
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const steps: Step[] = [
      { kind: 'cpu', ms: params.cpuMs },
      { kind: 'request', blocking: false },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    for (const task of world.tasks(params.tasks, loop.lane, 'ready')) loop.spawn(task, steps);
  },
} satisfies Strategy;
