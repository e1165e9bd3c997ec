import { describe, expect, it } from 'vitest';
import { summarize } from '../trace/summary';
import type { Params, StrategyId } from '../trace/scenario';
import { MANAGER_STARTUP_MS, SPAWN_PARENT_MS } from '../sim/spawn';
import { defaultScenario, simulateScenario } from './run';

const run = (strategy: StrategyId, over: Partial<Params> = {}) =>
  summarize(simulateScenario(defaultScenario(strategy, over)));

/** No per-request cost besides the wait: the closed forms count rounds of latency. */
const PURE_IO = { overheadMs: 0, requestCpuMs: 0 };

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
        ...PURE_IO,
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
      expect(run('thread-pool', { tasks: n, workers: p, latencyMs: 500, ...PURE_IO }).makespanMs).toBe(
        Math.ceil(n / p) * 500,
      );
    }
  });

  it("aiohttp's default 100 connections make 500 requests run in waves of 100", () => {
    const s = run('asyncio-gather', { tasks: 500, latencyMs: 3000, ...PURE_IO });
    expect(s.makespanMs).toBe(5 * 3000);
    expect(s.peakInFlight).toBe(100);
    expect(
      run('asyncio-gather', {
        tasks: 500,
        latencyMs: 3000,
        ...PURE_IO,
        connectorLimit: 0,
      }).makespanMs,
    ).toBe(3000);
  });

  it("Pool.map's default chunks make 100 tasks on 4 processes take 28 rounds, not 25", () => {
    const s = run('process-pool', {
      tasks: 100,
      workers: 4,
      latencyMs: 1000,
      ...PURE_IO,
      startupMs: 1.5,
    });
    expect(s.makespanMs).toBeGreaterThanOrEqual(28 * 1000);
    expect(s.makespanMs).toBeLessThan(28 * 1000 + 10);
    const even = run('process-pool', {
      tasks: 100,
      workers: 4,
      latencyMs: 1000,
      ...PURE_IO,
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
      ...PURE_IO,
    });
    expect(s.makespanMs).toBe(MANAGER_STARTUP_MS + 4 * SPAWN_PARENT_MS + 200 + 1000);
  });

  it('run_in_executor is capped by its pool', () => {
    expect(run('run-in-executor', { tasks: 20, workers: 8, latencyMs: 1000, ...PURE_IO }).makespanMs).toBe(
      3000,
    );
  });
});
