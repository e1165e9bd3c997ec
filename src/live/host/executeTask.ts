import type { TaskOutcome } from '../protocol';
import type { TaskEnv } from './env';
import type { TaskPlan } from './plan';

/**
 * Runs one task's plan and records its states: `running` while it burns CPU, `suspended` while it awaits a
 * request, `blocked` while a blocking request holds its thread. A failed request (HTTP error or timeout) ends
 * the task at once, as an exception would end the coroutine.
 */
export async function executeTask(plan: TaskPlan, env: TaskEnv): Promise<TaskOutcome> {
  const { task, lane } = plan;
  // `await` only a real wait: awaiting nothing would still yield to the loop between CPU work and request.
  const before = cpu(env, plan, plan.cpuBeforeMs);
  if (before) await before;
  if (plan.request !== null) {
    const blocking = plan.request === 'blocking';
    env.state(task, blocking ? 'blocked' : 'suspended', lane);
    if (!blocking) env.event('suspend', task, lane);
    env.event('request-sent', task, lane);
    const outcome = blocking
      ? await env.blockingRequest(plan.url, plan.timeoutMs)
      : await env.asyncRequest(plan.url, plan.timeoutMs);
    env.event('response-received', task, lane);
    if (outcome !== 'ok') return outcome;
    if (!blocking) env.event('resume', task, lane);
  }
  env.state(task, 'running', lane);
  const after = cpu(env, plan, plan.cpuAfterMs);
  if (after) await after;
  return 'done';
}

/**
 * Burns `ms` of the plan's CPU work. Only a real wait (for the GIL) yields: a coroutine runs its CPU work and
 * sends its request in one go, before the loop turns to the next task, so the common case returns no promise.
 */
function cpu(env: TaskEnv, plan: TaskPlan, ms: number): Promise<void> | undefined {
  if (ms <= 0) return undefined;
  return env.cpu(plan.task, plan.lane, ms, plan.gil) ?? undefined;
}
