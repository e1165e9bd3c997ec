import type { Step } from '../sim/program';
import type { Params } from '../trace/scenario';
import {
  BURN_CPU,
  constants,
  cpuConstant,
  linesOf,
  PARSE,
  PRINT_COST,
  requestConstants,
  URL_LINES,
  type Constant,
} from './pythonProgram';
import type { Strategy } from './types';
import { mainLoop } from './mainProcess';

/** CPU a done-callback takes on the loop (printing a result). */
export const CALLBACK_MS = 2;

const DEFAULTS: Partial<Params> = { tasks: 5, latencyMs: 1000, jitterMs: 300 };

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] => [...requestConstants(p), cpuConstant(p)];

const program = (p: Params) => `import asyncio
import time

import aiohttp

${constants(constantsOf(p))}

${URL_LINES}


${BURN_CPU}


${PARSE}


async def request(session, i):
    async with session.get(f"{URL}&id={i}") as response:
        text = await response.text()
    parse(text)  # CPU work on the answer
    return response.status


def callback(task):
    print("Status:", task.result())  # runs on the loop, after the task


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
    'A task can carry callbacks. When it finishes, the loop does not call them right away: it schedules them with call_soon, and they run on the loop thread like any other work, one after another.',
    'The markers after each task\u2019s end are its callbacks. A slow callback holds the loop just as a slow coroutine would.',
  ],
  program,
  lines: linesOf(program, DEFAULTS, {
    ready: 'asyncio.create_task(',
    running: 'parse(text)  # CPU work on the answer',
    suspended: 'session.get(',
  }),
  params: ['tasks', 'latencyMs', 'jitterMs', 'cpuMs'],
  defaults: DEFAULTS,
  style: { color: '#999999', dash: '1 2' },
  comparison: null,
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const steps: Step[] = [
      { kind: 'request', blocking: false },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    for (const task of world.tasks(params.tasks, loop.lane, 'ready')) {
      loop.spawn(task, steps, () => loop.callSoon(task, CALLBACK_MS));
    }
  },
} satisfies Strategy;
