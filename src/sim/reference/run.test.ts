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
  requestCpuMs: 0,
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
    // t = 10: both answers are in; tasks 1 and 2 are queued in that order before the loop runs either. Task 1
    // leaves `async with` and hands its connection to task 3, which is woken behind task 2 (CPython appends
    // the waiter's wake-up to the ready queue), then parses 10..14; task 2 parses 14..18; task 3 sends at 18.
    expect(run('asyncio-gather', { connectorLimit: 2, cpuMs: 4 })).toEqual({
      finish: [14, 18, 32],
      sent: [[0], [0], [18]],
      makespan: 32,
    });
  });

  it('asyncio-semaphore: a waiting task goes once a holder releases, after the holder ran on the loop', () => {
    // Tasks 1 and 2 are answered at 10 and queued together. Task 1 releases (task 3 is woken behind task 2:
    // asyncio.Semaphore sets the first waiter's future, whose callback goes through call_soon), parses 10..14;
    // task 2 parses 14..18; then task 3 sends at 18.
    expect(run('asyncio-semaphore', { concurrency: 2, cpuMs: 4 }).sent).toEqual([[0], [0], [18]]);
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
    // The Manager is up at 190; the parent starts child 1 (ready to import at 224, up at 228) then child 2
    // (importing 258..262). Child 1 takes task 1 at 228 and, done at 238, takes task 2 before child 2 is up.
    expect(run('aiomultiprocess', { tasks: 2, concurrency: 1, startupMs: 4 }).finish).toEqual([238, 248]);
  });

  it('request CPU: half before the request goes out, half after its answer, on the requesting thread', () => {
    // Each task: 1 ms to send, 10 ms away, 1 ms to read, 3 ms of CPU: 15 ms, one after another.
    expect(run('sequential', { requestCpuMs: 2, cpuMs: 3 })).toEqual({
      finish: [15, 30, 45],
      sent: [[1], [16], [31]],
      makespan: 45,
    });
    // On one loop the sends take turns: task 1 at 1, task 2 at 2, task 3 at 3; the reads too.
    expect(run('asyncio-gather', { requestCpuMs: 2 })).toEqual({
      finish: [12, 13, 14],
      sent: [[1], [2], [3]],
      makespan: 14,
    });
  });

  it('request CPU: a thread waits for the GIL to read its answer while another thread computes', () => {
    // Thread 2 waits for the GIL to send (thread 1 sends 0..1, thread 2 1..2). Thread 1 reads its answer
    // 11..12; thread 2's answer is in at 12 and it reads 12..13 with the GIL. From 13 both compute in 5 ms
    // turns (1: 13..18, 2: 18..23, ...) and finish at 48 and 53 (45 and 50 without request CPU).
    expect(run('thread-pool', { tasks: 2, requestCpuMs: 2, cpuMs: 20 })).toEqual({
      finish: [48, 53],
      sent: [[1], [2]],
      makespan: 53,
    });
  });

  it('asyncio-wait: main() is the first task and finishes with the last one', () => {
    expect(run('asyncio-wait', { tasks: 2, cpuMs: 1 }).finish).toEqual([12, 11, 12]);
  });

  it('refuses jitter and fractions of a millisecond', () => {
    expect(() => run('sequential', { jitterMs: 5 })).toThrow(RangeError);
    expect(() => run('process-pool', { startupMs: 1.5 })).toThrow(RangeError);
  });
});
