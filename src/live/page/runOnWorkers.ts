import type { LaneKind } from '../../trace/types';
import { epochNow } from '../clock';
import type { TaskPlan } from '../host/plan';
import type { TaskOutcome } from '../protocol';
import { GilBroker } from './gilBroker';
import type { LiveContext } from './liveContext';
import { PoolScheduler } from './poolScheduler';
import { WorkerPool, type LiveWorker, type WorkMessage } from './workerPool';

export interface WorkersSpec {
  readonly count: number;
  readonly kind: LaneKind;
  readonly parent: string | null;
  readonly name: (n: number) => { readonly lane: string; readonly label: string };
  readonly withLoop?: boolean;
  /**
   * Whether the workers start before the program's t = 0 (threads, or the main process itself, whose start the
   * simulator does not draw); otherwise their real start-up is on the timeline (a pool's processes).
   * Tasks must be created after this resolves.
   */
  readonly beforeClock?: boolean;
  /**
   * `one-by-one`: each worker starts when the previous one is up and takes work at once, as `Pool` forks its
   * processes one after another; the scheduler is returned before they are all up. Default: all at once.
   */
  readonly start?: 'all-at-once' | 'one-by-one';
  /** Whether the crash fault may hit this pool (a run with two pools crashes only one worker). */
  readonly crashable?: boolean;
  /** Tasks each worker runs at once. */
  readonly concurrency: number;
  readonly plan: (task: number, worker: LiveWorker) => TaskPlan;
  /** Called when a task ends on a worker; return false when the task goes on elsewhere (not finished). */
  readonly onEnd?: (task: number, outcome: TaskOutcome, t: number) => boolean;
}

/**
 * Starts real workers, feeds them tasks through a scheduler, records what they report, shares a GIL when they
 * are threads, and survives crashes: a dead worker's running tasks fail, the rest of its chunk is re-queued,
 * and a replacement starts. Resolves with the scheduler once the workers are up; `add` work to it.
 */
export async function runOnWorkers(ctx: LiveContext, spec: WorkersSpec): Promise<PoolScheduler> {
  const { recorder } = ctx;
  const scheduler = new PoolScheduler(spec.concurrency, spec.plan);
  const gil = new GilBroker<LiveWorker>(
    (to) => to.post({ type: 'gil-grant' }),
    (holder) => holder.post({ type: 'gil-wanted' }),
  );
  const onMessage = (worker: LiveWorker, message: WorkMessage) => {
    switch (message.type) {
      case 'state':
        return recorder.state(message.task, message.state, message.lane, message.t);
      case 'event':
        return recorder.event(message.kind, message.t, message.lane, message.task);
      case 'end':
        if (spec.onEnd?.(message.task, message.outcome, message.t) !== false)
          ctx.finish(message.task, message.outcome, message.t);
        return scheduler.ended(worker, message.task);
      case 'gil-acquire':
        return gil.acquire(worker);
      case 'gil-release':
        return gil.release(worker);
    }
  };
  const pool = new WorkerPool({
    recorder,
    baseHref: ctx.baseHref,
    realBlocking: ctx.realBlocking,
    kind: spec.kind,
    parent: spec.parent,
    name: spec.name,
    withLoop: spec.withLoop,
    timings: ctx,
    onMessage,
    onCrash: (worker) => {
      ctx.stats.crashedWorkers++;
      gil.drop(worker);
      const t = epochNow();
      for (const task of scheduler.leave(worker)) ctx.finish(task, 'crashed', t);
      if (!ctx.signal.aborted) pool.spawn().then((fresh) => scheduler.join(fresh), ctx.fail);
    },
  });
  ctx.onDispose(() => pool.dispose());
  const crashAt = spec.crashable === false ? null : ctx.faults.crashAtMs;
  let first: LiveWorker | null = null;
  let crashDue = false;
  // The first worker dies at `crashAt`, or as soon as it is up if it was still starting then.
  const scheduleCrash = () => {
    if (crashAt === null) return;
    const timer = setTimeout(
      () => (first ? pool.kill(first) : (crashDue = true)),
      Math.max(0, recorder.origin + crashAt - epochNow()),
    );
    ctx.onDispose(() => clearTimeout(timer));
  };
  if (spec.start === 'one-by-one') {
    scheduleCrash();
    void (async () => {
      for (let i = 0; i < spec.count && !ctx.signal.aborted; i++) {
        const worker = await pool.spawn();
        first ??= worker;
        scheduler.join(worker);
        if (crashDue && worker === first) pool.kill(worker);
      }
    })().catch(ctx.fail);
    return scheduler;
  }
  const workers = await pool.start(spec.count);
  first = workers[0];
  if (spec.beforeClock) recorder.restartClock(epochNow());
  for (const worker of workers) scheduler.join(worker);
  scheduleCrash();
  return scheduler;
}
