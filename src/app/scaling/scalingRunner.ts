import type { StoreApi } from 'zustand';
import type { AppState } from '../../state';
import type { SweepResult } from '../../state/scalingModel';
import { JobWorker } from '../jobs/jobWorker';
import { latestWins } from '../jobs/latestWins';
import type { ScalingWorkerLike } from './protocol';
import { mergeSweeps } from '../../strategies/scalingSweep';

/** Edits wait this long for the next one before a new sweep starts. */
export const SCALING_DEBOUNCE_MS = 250;

/**
 * Keeps the scaling curves in step with the chosen strategies and base work, computing them in `shards`
 * job workers that each run a share of the points (merged when all are done). A new request, or Cancel,
 * terminates busy workers (a fresh one starts in ~50 ms), so a stale sweep never delays the current one; its
 * answers are dropped. Returns a stop function.
 */
export function startScalingRuns(
  store: StoreApi<AppState>,
  createWorker: () => ScalingWorkerLike,
  shards = 1,
): () => void {
  const workers = Array.from({ length: shards }, () => new JobWorker(createWorker));
  const cancel = () => workers.forEach((w) => w.cancel());

  /** The points are independent, so `shards` workers each run a share, on as many cores. */
  const launch = (runId: number) => {
    const { scalingStrategies: strategies, scalingBase: base } = store.getState();
    const request = { strategies, base, seed: 1 };
    const progress = new Array<number>(shards).fill(0);
    const parts = new Array<SweepResult | null>(shards).fill(null);
    const report = () =>
      store.getState().reportJob('scaling', runId, progress.reduce((a, b) => a + b, 0) / shards);
    workers.forEach((worker, index) =>
      worker.run(
        { request, shard: { index, count: shards } },
        {
          onProgress: (fraction) => {
            progress[index] = fraction;
            report();
          },
          onDone: (result) => {
            progress[index] = 1;
            parts[index] = result;
            report();
            if (parts.every((p) => p !== null))
              store.getState().completeScaling(runId, mergeSweeps(request, parts as SweepResult[]));
          },
          onError: (problem) => {
            cancel();
            store.getState().failJob('scaling', runId, problem);
          },
        },
      ),
    );
  };

  const runs = latestWins(store, 'scaling', { launch, cancel });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.jobs.scaling.status === 'cancelled' && previous.jobs.scaling.status === 'running') {
      runs.halt();
      return;
    }
    if (state.scalingStrategies !== previous.scalingStrategies || state.scalingBase !== previous.scalingBase)
      runs.schedule(SCALING_DEBOUNCE_MS);
  });
  // Coming back to the screen: the curves on screen are kept when they still answer the request.
  if (!isCurrent(store.getState())) runs.schedule(0);

  return () => {
    unsubscribe();
    runs.halt();
    workers.forEach((w) => w.dispose());
    store.getState().cancelScaling();
  };
}

/** Whether the curves on screen were computed for the current strategies and base work. */
function isCurrent(s: AppState): boolean {
  const r = s.scalingResult?.request;
  return (
    s.jobs.scaling.status === 'idle' &&
    r !== undefined &&
    r.strategies.join() === s.scalingStrategies.join() &&
    JSON.stringify(r.base) === JSON.stringify(s.scalingBase)
  );
}

/** Computes the current request again (after a cancel or a failure): a new base object triggers a sweep. */
export function rerunScaling(store: StoreApi<AppState>): void {
  store.setState({ scalingBase: { ...store.getState().scalingBase } });
}
