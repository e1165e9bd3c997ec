import type { LiveContext } from '../page/liveContext';
import type { WorkersSpec } from '../page/runOnWorkers';
import { defaultExecutorWorkers } from '../../sim/threadPool';

/** A strategy's JavaScript twin: the source a learner reads, and how it runs for real. */
export interface LiveRunner {
  /** The JavaScript this runner stands for, shown next to the Python source. */
  readonly source: string;
  /** Starts the tasks; the run ends when every task has finished (or the user cancels). */
  readonly run: (ctx: LiveContext) => Promise<void>;
}

/** The page as the main process (`main`), optionally with its event loop (`main/loop`). */
export function mainLanes(ctx: LiveContext, loop: boolean): string {
  ctx.recorder.addLane({ id: 'main', kind: 'process', label: 'MainProcess (page)', parent: null });
  if (!loop) return 'main';
  ctx.recorder.addLane({ id: 'main/loop', kind: 'event-loop', label: 'event loop', parent: 'main' });
  return 'main/loop';
}

/**
 * The p threads of the main process, one worker each, started before t = 0 (a Python thread starts in
 * microseconds), each taking one task at a time.
 */
export function mainThreads(
  ctx: LiveContext,
  main: string,
): Pick<WorkersSpec, 'beforeClock' | 'count' | 'kind' | 'parent' | 'name' | 'concurrency'> {
  return {
    beforeClock: true,
    // workers = 0 is run_in_executor's default executor: min(32, cores + 4) threads, as the simulation draws it.
    count: ctx.params.workers > 0 ? ctx.params.workers : defaultExecutorWorkers(ctx.params.cores),
    kind: 'thread',
    parent: main,
    name: (n) => ({ lane: `${main}/thread-${n}`, label: `Thread ${n}` }),
    concurrency: 1,
  };
}
