import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from './run';

describe('the event loop', () => {
  it('CPU work on the loop leaves the other tasks ready', () => {
    const trace = simulateScenario(
      defaultScenario('asyncio-gather', {
        tasks: 3,
        latencyMs: 100,
        overheadMs: 0,
        requestCpuMs: 0,
        cpuMs: 50,
      }),
    );
    const states = trace.tasks[2].segments.map((s) => [s.state, s.start, s.end]);
    expect(states).toEqual([
      ['suspended', 0, 100],
      ['ready', 100, 200],
      ['running', 200, 250],
      ['done', 250, 250],
    ]);
  });

  it('a blocking call on the loop shows the others ready, then blocked in turn', () => {
    const trace = simulateScenario(
      defaultScenario('async-blocking', { tasks: 2, latencyMs: 100, overheadMs: 0, requestCpuMs: 0 }),
    );
    expect(trace.tasks[1].segments.map((s) => s.state)).toEqual(['ready', 'blocked', 'done']);
  });

  it('done-callbacks run on the loop after their task', () => {
    const trace = simulateScenario(defaultScenario('done-callbacks', {}, 3));
    const callbacks = trace.events.filter((e) => e.kind === 'callback');
    expect(callbacks).toHaveLength(trace.tasks.length);
    for (const cb of callbacks) {
      const task = trace.tasks.find((t) => t.id === cb.task);
      expect(cb.time).toBeGreaterThanOrEqual(task?.segments.at(-1)?.end ?? Infinity);
    }
  });

  it('asyncio.wait keeps main() suspended until the last task is done', () => {
    const trace = simulateScenario(defaultScenario('asyncio-wait', {}));
    const main = trace.tasks[0];
    const last = Math.max(...trace.tasks.slice(1).map((t) => t.segments.at(-1)?.end ?? 0));
    expect(main.label).toBe('main()');
    expect(main.segments[0]).toMatchObject({ state: 'suspended', start: 0, end: last });
  });
});

describe('run_in_executor', () => {
  it('draws each task blocked on a pool thread while the loop is free', () => {
    const trace = simulateScenario(
      defaultScenario('run-in-executor', {
        tasks: 10,
        workers: 8,
        latencyMs: 1000,
        overheadMs: 0,
        requestCpuMs: 0,
      }),
    );
    for (const task of trace.tasks) {
      const blocked = task.segments.filter((s) => s.state === 'blocked');
      expect(blocked).toHaveLength(1);
      expect(blocked[0].lane).toMatch(/^main\/thread-\d$/);
      expect(blocked[0].end - blocked[0].start).toBe(1000);
    }
    expect(trace.tasks[9].segments.map((s) => s.state)).toEqual(['queued', 'blocked', 'done']);
  });
});
