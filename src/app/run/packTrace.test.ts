import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario, STRATEGIES } from '../../strategies';
import { packTrace } from './packTrace';
import { transferables } from './packedTrace';
import { unpackTrace } from './unpackTrace';
import { Recorder } from '../../sim/recorder';
import { columnarTrace, traceColumnsOf } from '../../trace/columnarTrace';
import type { Trace } from '../../trace/types';

describe('packed traces', () => {
  it.each(STRATEGIES.map((s) => s.id))('%s: unpack(pack(trace)) is the same trace', async (id) => {
    const scenario = defaultScenario(id);
    const trace = simulateScenario({ ...scenario, params: { ...scenario.params, jitterMs: 50 } });
    expect(await unpackTrace(structuredClone(packTrace(trace)))).toEqual(trace);
  });

  it('crosses in slices for a large trace, reporting progress, and stops when stale', async () => {
    const scenario = defaultScenario('asyncio-gather');
    const trace = simulateScenario({ ...scenario, params: { ...scenario.params, tasks: 9000 } });
    const packed = packTrace(trace);
    const progress: number[] = [];
    expect(await unpackTrace(packed, (f) => progress.push(f))).toEqual(trace);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(
      await unpackTrace(
        packed,
        () => {},
        () => true,
      ),
    ).toBeNull();
  });

  it('lists every typed array for transfer, and packs strings once', () => {
    const packed = packTrace(simulateScenario(defaultScenario('thread-pool')));
    expect(transferables(packed)).toHaveLength(14);
    const strings = packed.strings.split('\u0000');
    expect(new Set(strings).size).toBe(strings.length);
  });

  it('keeps what an imported Python recording carries: the program, segment lines, cancelled', async () => {
    const sim = simulateScenario(defaultScenario('asyncio-gather'));
    const trace = {
      ...sim,
      engine: 'python' as const,
      program: 'import asyncio\n',
      cancelled: true,
      tasks: sim.tasks.map((t, i) => ({
        ...t,
        segments: t.segments.map((s, j) => (j === 0 && i % 2 === 0 ? { ...s, line: 3 + i } : s)),
      })),
    };
    expect(await unpackTrace(structuredClone(packTrace(trace)))).toEqual(trace);
  });
});

describe("a simulation's trace, packed from the recorder's columns", () => {
  const plain = (trace: Trace): Trace => ({ ...trace });

  it.each(STRATEGIES.map((s) => s.id))('%s: the same columns as packing its objects', (id) => {
    const base = defaultScenario(id);
    const scenario = { ...base, params: { ...base.params, tasks: 40, jitterMs: 50 } };
    const lazy = simulateScenario(scenario);
    expect(traceColumnsOf(lazy)).toBeDefined();
    const copy = plain(simulateScenario(scenario));
    expect(traceColumnsOf(copy)).toBeUndefined();
    expect(packTrace(lazy)).toEqual(packTrace(copy));
  });

  it('numbers strings as the packer does when lanes look like ids, labels repeat and events are out of order', () => {
    const recorder = new Recorder();
    recorder.addLane({ id: 't2', kind: 'process', label: 'odd', parent: null });
    const main = recorder.addTask('main()', 't2', 'running', 0, 'main');
    const [a, b] = recorder.addTasks(2, 'task 1', 'queued', 0);
    const c = recorder.addTask(1, 'lane', 'ready', 0);
    recorder.state(a, 'running', 't2', 1);
    recorder.state(b, 'suspended', 'x', 2);
    recorder.event('process-start', 5, 'y');
    recorder.event('resume', 3, 't2', b);
    recorder.callbackEnded(recorder.callbackStarted(3, 'z', c), 4);
    recorder.event('suspend', 1, 'lane', a);
    for (const [i, t] of [main, a, b, c].entries()) recorder.finish(t, i === 2 ? 'failed' : 'done', 6);
    const head = {
      version: 1,
      engine: 'sim',
      scenario: defaultScenario('sequential'),
      lanes: recorder.lanes,
    } as const;
    const body = recorder.body();
    const trace = { ...head, tasks: body.tasks(), events: body.events() };
    expect(trace.events.map((e) => e.time)).toEqual([1, 3, 3, 5]);
    expect(trace.tasks.map((t) => t.label)).toEqual(['main()', 'task 1', 'task 2', 'task 1']);
    expect(body.columns(head)).toEqual(packTrace(trace));
    expect(packTrace(columnarTrace(head, recorder.body()))).toEqual(packTrace(trace));
  });
});
