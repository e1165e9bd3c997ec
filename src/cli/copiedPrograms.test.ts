import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultParams, getStrategy, simulateScenario } from '../strategies';
import { makespan } from '../trace/makespan';
import type { Params, StrategyId } from '../trace/scenario';
import {
  checkPython,
  compileProgram,
  onPort,
  runProgram,
  startSlowServer,
  SYSTEM_PYTHON,
  type SlowServer,
} from './cpython';

// Every program of the catalogue, exactly as the code panel shows it and Copy gives it (the endpoint's port
// aside), run on the system's CPython (Debian's python3 with its python3-aiohttp and python3-requests)
// against tools/slow_server.py, and its printed makespan held to the model's for the same constants. A range,
// not a timing assertion: a program in the wrong shape (one after another instead of at once, a limit
// ignored) lands far outside it; a slow, shared machine does not.
const python = checkPython(SYSTEM_PYTHON, ['aiohttp', 'requests']);
// .ci/run sets this once it has installed the packages: then a missing module is a failure, not a skip.
const required = process.env.AWAITLINE_REQUIRE_CPYTHON === '1';

/**
 * Small N and short latencies: every case runs in a second or two. CPU work stays a few ms per task: burn_cpu
 * counts the thread's CPU time, which a machine loaded by other work stretches on the wall clock.
 */
const CASES: readonly [StrategyId, Partial<Params>][] = [
  ['sequential', { tasks: 4, latencyMs: 200, cpuMs: 5 }],
  ['async-blocking', { tasks: 4, latencyMs: 200 }],
  ['asyncio-gather', { tasks: 20, latencyMs: 300, connectorLimit: 5 }],
  ['asyncio-semaphore', { tasks: 12, latencyMs: 300, concurrency: 3 }],
  ['asyncio-wait', { tasks: 10, latencyMs: 300 }],
  ['done-callbacks', { tasks: 10, latencyMs: 300, cpuMs: 5 }],
  ['task-lifecycle', { tasks: 3, latencyMs: 300, cpuMs: 5 }],
  ['thread-pool', { tasks: 12, workers: 4, latencyMs: 300, cpuMs: 5 }],
  ['run-in-executor', { tasks: 12, workers: 4, latencyMs: 300 }],
  ['process-pool', { tasks: 12, workers: 4, latencyMs: 300 }],
];

/** The model's makespan within [0.9 ×, 1.5 × + 500 ms]: a real (and busy) machine only adds to it. */
const within = (real: number, sim: number) => real >= 0.9 * sim && real <= 1.5 * sim + 500;

if (!python.ok && required) throw new Error(`CI installed CPython's packages, yet: ${python.reason}`);
if (!python.ok)
  console.warn(`Copied programs on CPython: skipped (${python.reason}; .ci/run installs python3-aiohttp)`);

describe.skipIf(!python.ok)(
  `the copied programs on CPython ${python.ok ? python.version : '(skipped: no aiohttp/requests)'} against tools/slow_server.py`,
  () => {
    let server: SlowServer;
    beforeAll(async () => {
      server = await startSlowServer();
    });
    afterAll(() => server?.stop());

    for (const [id, patch] of CASES) {
      it(`${id}: runs as copied, and its makespan is the model's for its constants`, () => {
        const params = { ...defaultParams(id), jitterMs: 0, ...patch };
        const program = getStrategy(id).program(params);
        const run = runProgram(onPort(program, server.port));
        expect(run.status, run.stderr).toBe(0);
        expect(run.costMs, run.stdout).not.toBeNull();
        const sim = makespan(simulateScenario({ strategy: id, params, seed: 1 }));
        expect(within(run.costMs ?? 0, sim), `CPython ${run.costMs} ms, model ${sim} ms`).toBe(true);
      });
    }

    it('aiomultiprocess (not packaged here): the copied program compiles', () => {
      const program = getStrategy('aiomultiprocess').program(defaultParams('aiomultiprocess'));
      expect(compileProgram(program)).toBeNull();
    });

    it('the check can fail: a gather run one request after another lands outside the range', () => {
      const params = { ...defaultParams('asyncio-gather'), tasks: 6, latencyMs: 300, jitterMs: 0 };
      const sequential = getStrategy('asyncio-gather')
        .program(params)
        .replace(
          'await asyncio.gather(*(fetch(session, i) for i in range(N)))',
          'for i in range(N):\n            await fetch(session, i)',
        );
      const run = runProgram(onPort(sequential, server.port));
      expect(run.status, run.stderr).toBe(0);
      const sim = makespan(simulateScenario({ strategy: 'asyncio-gather', params, seed: 1 }));
      expect(within(run.costMs ?? 0, sim)).toBe(false);
    });
  },
);
