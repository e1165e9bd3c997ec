import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../strategies';
import { event, lane, makeTrace, task } from './testing/build';
import { MAX_STEPS, stepIndexAt, walkthrough } from './walkthrough';

const lifecycle = simulateScenario(defaultScenario('task-lifecycle'));

const brief = (trace: Parameters<typeof walkthrough>[0]) =>
  walkthrough(trace).map((s) => [
    s.time,
    s.parts.map((p) => `${p.change}: ${p.tasks.join(', ')}`).join(' | '),
  ]);

describe('walkthrough', () => {
  it('tells the task lifecycle scene step by step from the trace', () => {
    expect(brief(lifecycle)).toEqual([
      [0, 'created-running: task 1 | created-ready: task 2, task 3'],
      [100, 'suspends: task 1 | runs: task 2'],
      [200, 'suspends: task 2 | runs: task 3'],
      [300, 'suspends: task 3'],
      [1100, 'response-runs: task 1'],
      [1200, 'response-runs: task 2 | done: task 1'],
      [1300, 'response-runs: task 3 | done: task 2'],
      [1400, 'done: task 3'],
    ]);
  });

  it('tells done-callbacks and readiness after a response', () => {
    const trace = makeTrace({
      lanes: [lane('p', 'process'), lane('l', 'event-loop', 'p')],
      tasks: [
        task('a', 'l', 0, [
          ['suspended', 10],
          ['ready', 5],
          ['running', 5],
        ]),
        task('b', 'l', 0, [['suspended', 12]]),
      ],
      events: [
        event('response-received', 10, 'l', 'a'),
        event('response-received', 12, 'l', 'b'),
        event('callback', 12, 'l', 'b'),
      ],
    });
    expect(brief(trace)).toEqual([
      [0, 'created-suspended: a, b'],
      [10, 'response-ready: a'],
      [12, 'response-done: b | callback: b'],
      [15, 'runs: a'],
      [20, 'done: a'],
    ]);
  });

  it('stays short on a large run', () => {
    const sc = defaultScenario('asyncio-gather');
    const big = simulateScenario({
      ...sc,
      params: { ...sc.params, tasks: 200, jitterMs: 500, requestCpuMs: 0 },
    });
    const steps = walkthrough(big);
    // aiohttp's default connector opens 100 connections: the other 100 queue for one.
    expect(steps[0].parts.map((p) => [p.change, p.tasks.length])).toEqual([
      ['created-queued', 100],
      ['created-suspended', 100],
    ]);
    expect(steps.length).toBe(MAX_STEPS);
  });
});

describe('stepIndexAt', () => {
  const steps = [
    { time: 0, parts: [] },
    { time: 100, parts: [] },
  ];
  it('is the last step at or before the cursor', () => {
    expect(stepIndexAt(steps, null)).toBe(-1);
    expect(stepIndexAt(steps, 0)).toBe(0);
    expect(stepIndexAt(steps, 99.9)).toBe(0);
    expect(stepIndexAt(steps, 100)).toBe(1);
    expect(stepIndexAt(steps, 1e6)).toBe(1);
  });
});
