import type { Step } from '../sim/program';
import type { Params } from '../trace/scenario';
import { type Constant, linesOf, PRINT_COST, programConstants, programHead } from './pythonProgram';
import { BASICS_STYLE, type Strategy } from './types';
import { mainLoop } from './mainProcess';

// A callback that does 50 ms of work: long enough to see on the loop, and to hold up an answer behind it.
const DEFAULTS: Partial<Params> = { tasks: 5, latencyMs: 1000, jitterMs: 300, cpuMs: 50 };

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] => programConstants(p);

const program = (p: Params) => `import asyncio
import time

import aiohttp

${programHead(constantsOf(p))}


async def request(session, i):
    async with session.get(f"{URL}&id={i}") as response:
        return await response.text()


def callback(task):
    print("Length:", parse(task.result()))  # CPU work, on the loop after the task


async def main():
    async with aiohttp.ClientSession() as session:
        tasks = []
        for i in range(N):
            task = asyncio.create_task(request(session, i))
            task.add_done_callback(callback)
            tasks.append(task)
        await asyncio.gather(*tasks)


start = time.perf_counter()
asyncio.run(main())
${PRINT_COST}
`;

export const doneCallbacks = {
  id: 'done-callbacks',
  group: 'basics',
  title: 'Done-callbacks',
  hint: 'add_done_callback: the loop calls you back when a task finishes.',
  explanation: [
    'A task can carry callbacks. When it finishes, the loop does not call them right away: it hands each one to call_soon, so it joins the back of the ready queue and runs on the loop thread like any other work, one after another.',
    'Here each task only fetches; its CPU work is done by its callback, drawn as a callback bar on the loop just after the task ends. While a callback runs the loop runs nothing else: a task whose answer arrives meanwhile waits, ready, until the callback returns.',
  ],
  program,
  lines: linesOf(program, DEFAULTS, {
    ready: 'asyncio.create_task(',
    running: 'return await response.text()',
    suspended: 'session.get(',
    callback: 'parse(task.result())',
  }),
  params: ['tasks', 'latencyMs', 'jitterMs', 'cpuMs'],
  defaults: DEFAULTS,
  style: BASICS_STYLE,
  comparison: null,
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    // The coroutine only fetches; the task's CPU work is its done-callback's (Task.add_done_callback: the
    // callback goes through loop.call_soon when the task finishes, and holds the loop while it runs).
    const steps: Step[] = [{ kind: 'request', blocking: false }];
    for (const task of world.tasks(params.tasks, loop.lane, 'ready')) {
      loop.spawn(task, steps, () => loop.callSoon(task, params.cpuMs));
    }
  },
} satisfies Strategy;
