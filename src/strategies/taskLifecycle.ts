import type { Step } from '../sim/program';
import type { Params } from '../trace/scenario';
import { type Constant, linesOf, PRINT_COST, programConstants, programHead } from './pythonProgram';
import { BASICS_STYLE, type Strategy } from './types';
import { spawnAll } from './steps';
import { mainLoop } from './mainProcess';

const DEFAULTS: Partial<Params> = { tasks: 3, latencyMs: 1000, cpuMs: 100, overheadMs: 0, requestCpuMs: 0 };

/** The constants at the top of the program. */
const constantsOf = (p: Params): Constant[] => programConstants(p);

/** prepare(): the CPU work before the request. */
const PREPARE = `def prepare(x):
    burn_cpu(CPU_MS)  # CPU work before the request
    return x`;

const program = (p: Params) => `import asyncio
import time

import aiohttp

${programHead(constantsOf(p), PREPARE)}


async def execute(session, x):
    prepare(x)                                     # CPU: runs on the loop
    async with session.get(f"{URL}&id={x}") as r:  # await: suspend here
        text = await r.text()
    return parse(text)                             # resumed: CPU again


async def main():
    async with aiohttp.ClientSession() as session:
        tasks = [asyncio.create_task(execute(session, x)) for x in range(N)]
        print(tasks[0])  # <Task pending ...>
        await asyncio.gather(*tasks)
        print(tasks[0])  # <Task finished ... result=...>


start = time.perf_counter()
asyncio.run(main())
${PRINT_COST}
`;

export const taskLifecycle = {
  id: 'task-lifecycle',
  group: 'basics',
  title: 'A task\u2019s life',
  hint: 'pending \u2192 running \u2192 suspended \u2192 running \u2192 finished.',
  explanation: [
    'create_task wraps a coroutine in a Task and puts it in the loop\u2019s ready queue: the task is pending (drawn ready) until the loop gets to it. The loop then runs it until its first await.',
    'At the await the task suspends and gives the thread back; the loop runs the other tasks. When the answer arrives the task is ready again, the loop resumes it where it stopped, and it finishes with a result.',
  ],
  program,
  lines: linesOf(program, DEFAULTS, {
    ready: 'asyncio.create_task(',
    running: '# CPU: runs on the loop',
    suspended: 'session.get(',
  }),
  params: ['tasks', 'latencyMs', 'cpuMs', 'jitterMs'],
  defaults: DEFAULTS,
  style: BASICS_STYLE,
  comparison: null,
  setUp(world, main, params) {
    const loop = mainLoop(world, main);
    const steps: Step[] = [
      { kind: 'cpu', ms: params.cpuMs },
      { kind: 'request', blocking: false },
      { kind: 'cpu', ms: params.cpuMs },
    ];
    spawnAll(world, loop, params.tasks, steps);
  },
} satisfies Strategy;
