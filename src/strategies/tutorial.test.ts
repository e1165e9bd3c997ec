import { describe, expect, it } from 'vitest';
import { summarize } from '../trace/summary';
import type { Params, StrategyId } from '../trace/scenario';
import { MANAGER_STARTUP_MS, SPAWN_PARENT_MS } from '../sim/spawn';
import { defaultParams, simulateScenario } from './run';

const run = (strategy: StrategyId, over: Partial<Params> = {}, seed = 1) =>
  summarize(simulateScenario({ strategy, params: { ...defaultParams(strategy), ...over }, seed }));

describe("the tutorial's figures: 5 requests to a 3-second endpoint", () => {
  const work = { tasks: 5, latencyMs: 3000, overheadMs: 3, cpuMs: 0 };

  it('takes 15 s one after another (each requests.get also costs its thread 1.5 ms of CPU)', () => {
    expect(run('sequential', work).makespanMs).toBe(5 * (3003 + 1.5));
  });

  it('still takes 15 s with async def around requests.get', () => {
    expect(run('async-blocking', work).makespanMs).toBe(5 * (3003 + 1.5));
  });

  it('takes about 3 s with asyncio + aiohttp (five 0.2 ms sends, then five 0.2 ms reads on the loop)', () => {
    const s = run('asyncio-gather', work);
    expect(s.makespanMs).toBeCloseTo(5 * 0.2 + 3003 + 0.2, 9);
    expect(s.peakInFlight).toBe(5);
  });
});

describe('closed forms for pure I/O', () => {
  it('a semaphore of k runs ceil(N/k) rounds', () => {
    for (const [n, k] of [
      [12, 3],
      [10, 4],
      [7, 7],
      [1, 5],
    ]) {
      const s = run('asyncio-semaphore', {
        tasks: n,
        concurrency: k,
        latencyMs: 1000,
        overheadMs: 0,
        requestCpuMs: 0,
      });
      expect(s.makespanMs).toBe(Math.ceil(n / k) * 1000);
      expect(s.peakInFlight).toBe(Math.min(n, k));
    }
  });

  it('a thread pool of p runs ceil(N/p) rounds', () => {
    for (const [n, p] of [
      [20, 4],
      [21, 4],
      [3, 8],
    ]) {
      expect(
        run('thread-pool', { tasks: n, workers: p, latencyMs: 500, overheadMs: 0, requestCpuMs: 0 })
          .makespanMs,
      ).toBe(Math.ceil(n / p) * 500);
    }
  });

  it("aiohttp's default 100 connections make 500 requests run in waves of 100", () => {
    const s = run('asyncio-gather', { tasks: 500, latencyMs: 3000, overheadMs: 0, requestCpuMs: 0 });
    expect(s.makespanMs).toBe(5 * 3000);
    expect(s.peakInFlight).toBe(100);
    expect(
      run('asyncio-gather', {
        tasks: 500,
        latencyMs: 3000,
        overheadMs: 0,
        requestCpuMs: 0,
        connectorLimit: 0,
      }).makespanMs,
    ).toBe(3000);
  });

  it("Pool.map's default chunks make 100 tasks on 4 processes take 28 rounds, not 25", () => {
    const s = run('process-pool', {
      tasks: 100,
      workers: 4,
      latencyMs: 1000,
      overheadMs: 0,
      requestCpuMs: 0,
      startupMs: 1.5,
    });
    expect(s.makespanMs).toBeGreaterThanOrEqual(28 * 1000);
    expect(s.makespanMs).toBeLessThan(28 * 1000 + 10);
    const even = run('process-pool', {
      tasks: 100,
      workers: 4,
      latencyMs: 1000,
      overheadMs: 0,
      requestCpuMs: 0,
      chunksize: 1,
      startupMs: 1.5,
    });
    expect(even.makespanMs).toBeLessThan(25 * 1000 + 10);
  });

  it('aiomultiprocess waits for its Manager, then for children started one by one and importing', () => {
    // Manager up at 190 ms; the parent starts child i in 190 + 34·i .. 190 + 34·(i+1); each imports for
    // 200 ms of CPU on 4 cores; the last is up at 190 + 4·34 + 200 = 526 ms and takes its 16 tasks then.
    const s = run('aiomultiprocess', {
      tasks: 64,
      workers: 4,
      concurrency: 16,
      latencyMs: 1000,
      overheadMs: 0,
      requestCpuMs: 0,
    });
    expect(s.makespanMs).toBe(MANAGER_STARTUP_MS + 4 * SPAWN_PARENT_MS + 200 + 1000);
  });

  it('run_in_executor is capped by its pool', () => {
    expect(
      run('run-in-executor', { tasks: 20, workers: 8, latencyMs: 1000, overheadMs: 0, requestCpuMs: 0 })
        .makespanMs,
    ).toBe(3000);
  });
});

describe('the GIL', () => {
  const cpuHeavy = { tasks: 8, latencyMs: 10, overheadMs: 0, requestCpuMs: 0, cpuMs: 200, cores: 4 };

  it('CPU-heavy tasks gain nothing from more threads', () => {
    const one = run('thread-pool', { ...cpuHeavy, workers: 1 }).makespanMs;
    const four = run('thread-pool', { ...cpuHeavy, workers: 4 }).makespanMs;
    expect(four).toBeGreaterThanOrEqual(8 * 200);
    expect(four / one).toBeGreaterThan(0.95);
  });

  it('but do gain from processes, up to the number of cores', () => {
    const at = (workers: number, cores: number) =>
      run('process-pool', { ...cpuHeavy, workers, cores, chunksize: 1 }).makespanMs;
    const one = at(1, 4);
    expect(one / at(2, 4)).toBeGreaterThan(1.9);
    expect(one / at(4, 4)).toBeGreaterThan(3.5);
    // More processes than cores: the CPU work cannot go faster than N·cpu / cores.
    expect(at(8, 4)).toBeGreaterThanOrEqual((8 * 200) / 4);
    expect(at(16, 4)).toBeGreaterThanOrEqual((8 * 200) / 4);
    expect(one / at(4, 2)).toBeLessThan(2.1);
  });

  it('threads doing CPU work take turns, so their CPU phases stretch out together', () => {
    const trace = simulateScenario({
      strategy: 'thread-pool',
      params: {
        ...defaultParams('thread-pool'),
        tasks: 2,
        workers: 2,
        latencyMs: 10,
        overheadMs: 0,
        requestCpuMs: 0,
        cpuMs: 100,
      },
      seed: 1,
    });
    const finish = trace.tasks.map((t) => t.segments[t.segments.length - 1].end);
    // Both start CPU at 10 ms; interleaved in 5 ms turns, they end within one switch interval of each other.
    expect(Math.abs(finish[0] - finish[1])).toBeLessThanOrEqual(5);
    expect(Math.max(...finish)).toBe(10 + 200);
    expect(trace.tasks[0].segments.some((s) => s.state === 'ready')).toBe(true);
  });
});

describe('the event loop', () => {
  it('CPU work on the loop leaves the other tasks ready', () => {
    const trace = simulateScenario({
      strategy: 'asyncio-gather',
      params: {
        ...defaultParams('asyncio-gather'),
        tasks: 3,
        latencyMs: 100,
        overheadMs: 0,
        requestCpuMs: 0,
        cpuMs: 50,
      },
      seed: 1,
    });
    const states = trace.tasks[2].segments.map((s) => [s.state, s.start, s.end]);
    expect(states).toEqual([
      ['suspended', 0, 100],
      ['ready', 100, 200],
      ['running', 200, 250],
      ['done', 250, 250],
    ]);
  });

  it('a blocking call on the loop shows the others ready, then blocked in turn', () => {
    const trace = simulateScenario({
      strategy: 'async-blocking',
      params: {
        ...defaultParams('async-blocking'),
        tasks: 2,
        latencyMs: 100,
        overheadMs: 0,
        requestCpuMs: 0,
      },
      seed: 1,
    });
    expect(trace.tasks[1].segments.map((s) => s.state)).toEqual(['ready', 'blocked', 'done']);
  });

  it('done-callbacks run on the loop after their task', () => {
    const trace = simulateScenario({
      strategy: 'done-callbacks',
      params: defaultParams('done-callbacks'),
      seed: 3,
    });
    const callbacks = trace.events.filter((e) => e.kind === 'callback');
    expect(callbacks).toHaveLength(trace.tasks.length);
    for (const cb of callbacks) {
      const task = trace.tasks.find((t) => t.id === cb.task);
      expect(cb.time).toBeGreaterThanOrEqual(task?.segments.at(-1)?.end ?? Infinity);
    }
  });

  it('asyncio.wait keeps main() suspended until the last task is done', () => {
    const trace = simulateScenario({
      strategy: 'asyncio-wait',
      params: defaultParams('asyncio-wait'),
      seed: 1,
    });
    const main = trace.tasks[0];
    const last = Math.max(...trace.tasks.slice(1).map((t) => t.segments.at(-1)?.end ?? 0));
    expect(main.label).toBe('main()');
    expect(main.segments[0]).toMatchObject({ state: 'suspended', start: 0, end: last });
  });
});

describe('run_in_executor', () => {
  it('draws each task blocked on a pool thread while the loop is free', () => {
    const trace = simulateScenario({
      strategy: 'run-in-executor',
      params: {
        ...defaultParams('run-in-executor'),
        tasks: 10,
        workers: 8,
        latencyMs: 1000,
        overheadMs: 0,
        requestCpuMs: 0,
      },
      seed: 1,
    });
    for (const task of trace.tasks) {
      const blocked = task.segments.filter((s) => s.state === 'blocked');
      expect(blocked).toHaveLength(1);
      expect(blocked[0].lane).toMatch(/^main\/thread-\d$/);
      expect(blocked[0].end - blocked[0].start).toBe(1000);
    }
    expect(trace.tasks[9].segments.map((s) => s.state)).toEqual(['queued', 'blocked', 'done']);
  });
});

describe('simulateOutcome', () => {
  it('gives the same makespan and throughput as the full trace, for every strategy', async () => {
    const { STRATEGIES } = await import('./catalogue');
    const { simulateOutcome } = await import('./run');
    for (const s of STRATEGIES) {
      for (const over of [{}, { tasks: 37, cpuMs: 12, jitterMs: 40, workers: 3 }]) {
        const scenario = { strategy: s.id, params: { ...defaultParams(s.id), ...over }, seed: 7 };
        const full = summarize(simulateScenario(scenario));
        const outcome = simulateOutcome(scenario);
        expect(outcome.makespanMs).toBe(full.makespanMs);
        expect(outcome.throughputPerS).toBe(full.throughputPerS);
      }
    }
  });
});
