import { beforeAll, describe, expect, it } from 'vitest';
import { defaultParams, getStrategy, simulateScenario } from '../strategies';
import { COST_TIME } from '../strategies/pythonProgram';
import { makespan } from '../trace/makespan';
import type { Params, StrategyId } from '../trace/scenario';
import type { PythonSession } from './session';
import { matchShape } from './shape';
import { nodeSession, runIn, TEST_SCENARIO } from './testing';

// The catalogue's programs as the code panel shows them and Copy gives them (constants at the top, the
// tutorial's endpoint asked for the latency), run on CPython in the page under the virtual clock. The model
// is given the same scenario without what a real machine adds (connection overhead, the client's request
// CPU), which the virtual clock does not count either.
let session: PythonSession;
beforeAll(async () => {
  session = await nodeSession();
}, 120_000);

const scenario = (id: StrategyId, patch: Partial<Params>) => ({
  strategy: id,
  params: { ...defaultParams(id), jitterMs: 0, overheadMs: 0, requestCpuMs: 0, cpuMs: 0, ...patch },
  seed: 1,
});

/** What runs in the page, with parameters small enough to read. */
const RUNNABLE: readonly [StrategyId, Partial<Params>][] = [
  ['sequential', { tasks: 4, latencyMs: 500 }],
  ['async-blocking', { tasks: 4, latencyMs: 500 }],
  ['asyncio-gather', { tasks: 7, latencyMs: 800, connectorLimit: 3 }],
  ['asyncio-semaphore', { tasks: 7, latencyMs: 800, concurrency: 2 }],
  ['asyncio-wait', { tasks: 5, latencyMs: 1000 }],
  ['done-callbacks', { tasks: 5, latencyMs: 1000 }],
  ['task-lifecycle', { tasks: 3, latencyMs: 1000 }],
];

describe("the catalogue's programs, as copied, on CPython in the page", () => {
  for (const [id, patch] of RUNNABLE) {
    it(`${id}: runs as shown and takes the model's time for its constants`, () => {
      const s = scenario(id, patch);
      const program = getStrategy(id).program(s.params);
      const { result, trace, output } = runIn(session, program);
      expect(result.status, output).toBe('ok');
      expect(result.requests).toBe(s.params.tasks);
      const sim = makespan(simulateScenario(s));
      // The virtual clock counts no CPU here (cpuScale 0) and the model none either: the waits must agree
      // (done-callbacks: the model's callbacks take CALLBACK_MS each on the loop).
      expect(Math.abs(makespan(trace) - sim), `recorded ${makespan(trace)} vs model ${sim}`).toBeLessThan(15);
      const printed = COST_TIME.exec(output);
      expect(printed, output).not.toBeNull();
      expect(Math.abs(Number(printed?.[1]) * 1000 - makespan(trace))).toBeLessThan(2);
    });
  }

  it("asyncio-gather: the recording has the model's shape, drawn beside the model's run of the same scenario", () => {
    const s = scenario('asyncio-gather', { tasks: 6, latencyMs: 1000, connectorLimit: 2 });
    const { trace, nominal } = runIn(session, getStrategy('asyncio-gather').program(s.params));
    const match = matchShape(trace, TEST_SCENARIO, nominal);
    expect(match.ok && match.scenario.strategy).toBe('asyncio-gather');
    expect(match.ok && match.scenario.params).toMatchObject({ tasks: 6, latencyMs: 1000, connectorLimit: 2 });
  });

  it("the strategy's own program, run, matches a scenario whose program is that same text", () => {
    // So the editor keeps showing what was run, and no code= goes in the link, once the controls follow the
    // matched scenario (a limit no request reached stays the program's LIMIT).
    for (const id of ['asyncio-gather', 'sequential', 'async-blocking'] as const) {
      const params = { ...defaultParams(id), jitterMs: 0, cpuMs: 0 };
      const program = getStrategy(id).program(params);
      const { trace, nominal } = runIn(session, program);
      const match = matchShape(trace, { strategy: id, params, seed: 1 }, nominal);
      expect(match.ok && match.scenario.strategy).toBe(id);
      if (match.ok) expect(getStrategy(id).program(match.scenario.params)).toBe(program);
    }
  });

  it('burn_cpu: CPU_MS of work is at least CPU_MS of running time on the loop per task', () => {
    const s = scenario('asyncio-gather', { tasks: 3, latencyMs: 100, cpuMs: 30 });
    const { result, trace } = runIn(session, getStrategy('asyncio-gather').program(s.params), {
      cpuScale: 1,
    });
    expect(result.status).toBe('ok');
    const fetches = trace.tasks.filter((t) => t.label.startsWith('fetch('));
    expect(fetches).toHaveLength(3);
    for (const task of fetches) {
      const running = task.segments
        .filter((x) => x.state === 'running')
        .reduce((n, x) => n + x.end - x.start, 0);
      expect(running).toBeGreaterThanOrEqual(30);
    }
  });

  // CPython in the page has no threads or processes: these stop before running, at the construct's line.
  const REFUSED: readonly [StrategyId, string, RegExp][] = [
    ['thread-pool', 'ThreadPoolExecutor', /ThreadPoolExecutor/],
    ['run-in-executor', 'ThreadPoolExecutor', /ThreadPoolExecutor/],
    ['process-pool', 'multiprocessing', /multiprocessing/],
    ['aiomultiprocess', 'aiomultiprocess', /aiomultiprocess/],
  ];
  for (const [id, construct, onLine] of REFUSED) {
    it(`${id}: refused before running, naming ${construct} and its line`, () => {
      const program = getStrategy(id).program(defaultParams(id));
      const { result } = runIn(session, program);
      expect(result.status).toBe('refused');
      if (result.status !== 'refused') return;
      const first = result.refused[0];
      expect(first.construct).toBe(construct);
      expect(program.split('\n')[(first.line ?? 0) - 1]).toMatch(onLine);
    });
  }
});
