import { describe, expect, it } from 'vitest';
import type { TaskEnv } from './env';
import { executeTask } from './executeTask';
import type { TaskPlan } from './plan';

const plan = (task: number): TaskPlan => ({
  task,
  lane: 'loop',
  cpuBeforeMs: 10,
  request: 'async',
  url: 'u',
  timeoutMs: 1000,
  cpuAfterMs: 10,
  gil: false,
});

function env(log: string[], outcome: 'ok' | 'http-error' = 'ok'): TaskEnv {
  return {
    state: (task, state) => log.push(`${task} ${state}`),
    event: (kind, task) => log.push(`${task} ${kind}`),
    asyncRequest: async () => outcome,
    blockingRequest: async () => outcome,
    cpu: (task) => void log.push(`${task} cpu`),
  };
}

describe('executeTask', () => {
  it('runs a coroutine’s CPU work and sends its request before the next task starts, as asyncio does', async () => {
    const log: string[] = [];
    const e = env(log);
    const both = Promise.all([executeTask(plan(0), e), executeTask(plan(1), e)]);
    // Synchronously, before any await resolves: task 0 has sent its request before task 1 burns its CPU.
    expect(log.slice(0, 6)).toEqual([
      '0 cpu',
      '0 suspended',
      '0 suspend',
      '0 request-sent',
      '1 cpu',
      '1 suspended',
    ]);
    expect(await both).toEqual(['done', 'done']);
  });

  it('ends the task at a failed request, with no CPU work after it', async () => {
    const log: string[] = [];
    expect(await executeTask(plan(0), env(log, 'http-error'))).toBe('http-error');
    expect(log.filter((l) => l === '0 cpu')).toHaveLength(1);
    expect(log.at(-1)).toBe('0 response-received');
  });
});
