import type { Params } from '../trace/scenario';
import { type Constant, linesOf, PRINT_COST, programConstants, programHead } from './pythonProgram';
import { BASICS_STYLE, type Strategy } from './types';
import { fetchThenParse } from './steps';
import { mainLoop } from './mainProcess';

const DEFAULTS: Partial<Params> = { tasks: 5, latencyMs: 3000, jitterMs: 200 };

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] => programConstants(p);

const program = (p: Params) => `import asyncio
import time

import aiohttp

${programHead(constantsOf(p))}


async def request(session, i):
    async with session.get(f"{URL}&id={i}") as response:
        text = await response.text()
    return parse(text)


async def main():
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(request(session, i)) for i in range(N)]
        done, pending = await asyncio.wait(tasks)  # main() suspends here
        for task in done:
            print("Result:", task.result())


start = time.perf_counter()
asyncio.run(main())
${PRINT_COST}
`;

export const asyncioWait = {
  id: 'asyncio-wait',
  group: 'basics',
  title: 'asyncio.wait',
  hint: 'main() suspends until every task is done.',
  explanation: [
    'main() creates the tasks, then awaits asyncio.wait(tasks). That await suspends main() itself: the loop is free to run the tasks, which all suspend on their requests.',
    'When the last task finishes, wait() returns the sets of done and pending tasks and main() resumes. The top row is main(): suspended for the whole run.',
  ],
  program,
  lines: linesOf(program, DEFAULTS, {
    ready: 'asyncio.create_task(',
    running: 'return parse(',
    suspended: 'session.get(',
    main: 'await asyncio.wait(',
  }),
  params: ['tasks', 'latencyMs', 'jitterMs', 'cpuMs'],
  defaults: DEFAULTS,
  style: BASICS_STYLE,
  comparison: null,
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const mainTask = world.recorder.addTask('main()', loop.lane, 'suspended', 0, 'main');
    world.recorder.event('suspend', 0, loop.lane, mainTask);
    const steps = fetchThenParse({ blocking: false }, params.cpuMs);
    let remaining = params.tasks;
    for (const task of world.tasks(params.tasks, loop.lane, 'ready')) {
      loop.spawn(task, steps, () => {
        if (--remaining === 0) loop.wake(mainTask, []);
      });
    }
  },
} satisfies Strategy;
