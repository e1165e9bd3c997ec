import { describe, expect, it } from 'vitest';
import type { Params, Scenario, StrategyId } from '../../trace/scenario';
import { referenceRun } from './run';

// The reference checked by hand on runs small enough to work out on paper.

const PARAMS: Params = {
  tasks: 3,
  latencyMs: 10,
  jitterMs: 0,
  jitterKind: 'uniform',
  overheadMs: 0,
  cpuMs: 0,
  workers: 2,
  concurrency: 2,
  connectorLimit: 0,
  chunksize: 0,
  cores: 1,
  startupMs: 0,
};

const run = (strategy: StrategyId, params: Partial<Params>) =>
  referenceRun({ strategy, params: { ...PARAMS, ...params }, seed: 1 } satisfies Scenario);

describe('referenceRun', () => {
  it('sequential: each task waits for the one before it', () => {
    expect(run('sequential', { overheadMs: 2, cpuMs: 3 })).toEqual({
      finish: [15, 30, 45],
      sent: [[0], [15], [30]],
      makespan: 45,
    });
  });

  it('asyncio-gather: the connection limit queues the third request, CPU runs on the loop one task at a time', () => {
    // t = 10: task 1's answer hands its connection to task 3 (sent at once), then task 1 parses 10..14 and
    // task 2 (answered at 10 too) waits for the loop until 14; task 3's answer comes at 20.
    expect(run('asyncio-gather', { connectorLimit: 2, cpuMs: 4 })).toEqual({
      finish: [14, 18, 24],
      sent: [[0], [0], [10]],
      makespan: 24,
    });
  });

  it('asyncio-semaphore: a waiting task goes once a holder releases, after the holder ran on the loop', () => {
    // Task 1 is resumed at 10, releases (task 3 becomes ready), parses 10..14; then task 3 sends at 14.
    expect(run('asyncio-semaphore', { concurrency: 2, cpuMs: 4 }).sent).toEqual([[0], [0], [14]]);
  });

  it('thread-pool: two threads share the GIL in 5 ms turns once both need it', () => {
    // Both answers come at 10. Thread 1 runs 10..15, thread 2 15..20, 1 20..25, 2 25..30, 1 30..32, 2 32..34.
    expect(run('thread-pool', { tasks: 2, cpuMs: 12 }).finish).toEqual([32, 34]);
  });

  it('process-pool: forked workers start one after another and take chunks of one task', () => {
    // Worker 1 ready at 3, worker 2 at 6; each runs a task of 10 ms, then takes the next chunk.
    expect(run('process-pool', { tasks: 4, startupMs: 3, chunksize: 1 }).finish).toEqual([13, 16, 23, 26]);
  });

  it('process-pool: a process that starts waiting for the only core cuts the running one to 5 ms from then', () => {
    // Worker 1 parses from 4 (alone, so for all 10 ms); worker 2 wants the core at 7, so worker 1 stops at 12
    // with 2 ms left; worker 2 runs 12..17 (5 ms, worker 1 waits), worker 1 17..19, worker 2 19..24.
    expect(
      run('process-pool', { tasks: 2, chunksize: 1, latencyMs: 1, cpuMs: 10, startupMs: 3 }).finish,
    ).toEqual([19, 24]);
  });

  it('process-pool: two CPU-bound workers on one core take 5 ms turns', () => {
    expect(run('process-pool', { tasks: 2, chunksize: 1, cpuMs: 7 }).finish).toEqual([22, 24]);
  });

  it('aiomultiprocess: spawned processes import on the shared cores before taking tasks', () => {
    // Two imports of 4 ms on one core: 0..4 and 4..8 (each under 5 ms, so no switch); requests follow.
    expect(run('aiomultiprocess', { tasks: 2, concurrency: 1, startupMs: 4 }).finish).toEqual([14, 18]);
  });

  it('asyncio-wait: main() is the first task and finishes with the last one', () => {
    expect(run('asyncio-wait', { tasks: 2, cpuMs: 1 }).finish).toEqual([12, 11, 12]);
  });

  it('refuses jitter and fractions of a millisecond', () => {
    expect(() => run('sequential', { jitterMs: 5 })).toThrow(RangeError);
    expect(() => run('process-pool', { startupMs: 1.5 })).toThrow(RangeError);
  });
});
