import { executeTask } from '../host/executeTask';
import type { LiveContext } from '../page/liveContext';
import type { Limiter } from '../page/limiter';
import type { TaskOutcome } from '../protocol';

/**
 * One coroutine on the page's event loop: optional CPU work, an awaited request (inside `limiter`, a semaphore
 * or the connection limit, while waiting for which it is queued), then the CPU work after the answer (unless
 * `cpuAfter` is false: a done-callback does it).
 */
export async function loopTask(
  ctx: LiveContext,
  task: number,
  lane: string,
  options: { readonly limiter?: Limiter; readonly cpuBeforeMs?: number; readonly cpuAfter?: boolean } = {},
): Promise<TaskOutcome> {
  const { limiter, cpuBeforeMs = 0, cpuAfter = true } = options;
  if (limiter) await limiter.acquire(() => ctx.page.state(task, 'queued', lane));
  let outcome: TaskOutcome;
  try {
    outcome = await executeTask(ctx.plan(task, lane, 'async', { cpuBeforeMs, cpuAfterMs: 0 }), ctx.page);
  } finally {
    limiter?.release();
  }
  if (cpuAfter && outcome === 'done' && ctx.params.cpuMs > 0)
    ctx.page.cpu(task, lane, ctx.params.cpuMs, false);
  ctx.finish(task, outcome);
  return outcome;
}
