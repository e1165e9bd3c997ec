import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../strategies';
import { event, lane, makeTrace, task } from './testing/build';
import { MAX_STEPS, stepIndexAt, walkthrough } from './walkthrough';

const lifecycle = simulateScenario(defaultScenario('task-lifecycle'));

describe('walkthrough', () => {
  it('tells the task lifecycle scene step by step from the trace', () => {
    const steps = walkthrough(lifecycle);
    expect(steps.map((s) => s.caption)).toEqual([
      'Task 1 is created and runs; task 2 and task 3 are created: pending',
      'Task 1 awaits the request: it suspends; the loop runs task 2',
      'Task 2 awaits the request: it suspends; the loop runs task 3',
      'Task 3 awaits the request: it suspends',
      'The response for task 1 arrives and the loop resumes it',
      'The response for task 2 arrives and the loop resumes it; task 1 finishes: done',
      'The response for task 3 arrives and the loop resumes it; task 2 finishes: done',
      'Task 3 finishes: done',
    ]);
    expect(steps.map((s) => s.time)).toEqual([0, 100, 200, 300, 1100, 1200, 1300, 1400]);
  });

  it('tells done-callbacks and readiness after a response', () => {
    const trace = makeTrace({
      lanes: [lane('p', 'process'), lane('l', 'event-loop', 'p')],
      tasks: [task('a', 'l', 0, [['suspended', 10], ['ready', 5], ['running', 5]]), task('b', 'l', 0, [['suspended', 12]])],
      events: [event('response-received', 10, 'l', 'a'), event('response-received', 12, 'l', 'b'), event('callback', 12, 'l', 'b')],
    });
    expect(walkthrough(trace).map((s) => [s.time, s.caption])).toEqual([
      [0, 'a and b are created, send their requests and suspend'],
      [10, 'The response for a arrives: ready again'],
      [12, 'The response for b arrives: done; the done-callback for b runs on the loop'],
      [15, 'The loop runs a'],
      [20, 'a finishes: done'],
    ]);
  });

  it('counts tasks instead of naming more than three, and stays short', () => {
    const sc = defaultScenario('asyncio-gather');
    const big = simulateScenario({ ...sc, params: { ...sc.params, tasks: 200, jitterMs: 500 } });
    const steps = walkthrough(big);
    // aiohttp's default connector opens 100 connections: the other 100 queue for one.
    expect(steps[0].caption).toBe('100 tasks are created: queued; 100 tasks are created, send their requests and suspend');
    expect(steps.length).toBeLessThanOrEqual(MAX_STEPS);
  });
});

describe('stepIndexAt', () => {
  const steps = [
    { time: 0, caption: 'a' },
    { time: 100, caption: 'b' },
  ];
  it('is the last step at or before the cursor', () => {
    expect(stepIndexAt(steps, null)).toBe(-1);
    expect(stepIndexAt(steps, 0)).toBe(0);
    expect(stepIndexAt(steps, 99.9)).toBe(0);
    expect(stepIndexAt(steps, 100)).toBe(1);
    expect(stepIndexAt(steps, 1e6)).toBe(1);
  });
});
