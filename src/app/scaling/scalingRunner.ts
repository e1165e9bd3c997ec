import type { StoreApi } from 'zustand';
import type { AppState } from '../../state';
import type { SweepResult } from '../../state/scalingModel';
import { describeError } from '../../state/runProblem';
import type { FromScalingWorker, ScalingWorkerLike } from './protocol';
import { mergeSweeps } from './sweep';

/** Edits wait this long for the next one before a new sweep starts. */
export const SCALING_DEBOUNCE_MS = 250;

/**
 * Keeps the scaling curves in step with the chosen strategies and base work, computing them in `shards`
 * workers that each run a share of the points (merged when all are done). A new request, or Cancel,
 * terminates busy workers (a fresh one starts in ~50 ms), so a stale sweep never delays the current one; its
 * answers carry an old job id and are dropped. Returns a stop function.
 */
export function startScalingRuns(
  store: StoreApi<AppState>,
  createWorker: () => ScalingWorkerLike,
  shards = 1,
): () => void {
  let workers: ScalingWorkerLike[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drop = () => {
    for (const w of workers) w.terminate();
    workers = [];
  };

  /** The points are independent, so `shards` workers each run a share, on as many cores. */
  const launch = (runId: number) => {
    timer = undefined;
    const s = store.getState();
    if (s.scalingRunId !== runId || s.scalingStatus !== 'running') return;
    drop();
    const { scalingStrategies: strategies, scalingBase: base } = s;
    const request = { strategies, base, seed: 1 };
    const progress = new Array<number>(shards).fill(0);
    const parts = new Array<SweepResult | null>(shards).fill(null);
    const fail = (message: string) => {
      drop();
      store.getState().failScaling(runId, message);
    };
    try {
      for (let index = 0; index < shards; index++) {
        const w = createWorker();
        workers.push(w);
        w.onmessage = (event: MessageEvent<FromScalingWorker>) => {
          const m = event.data;
          if (m.jobId !== runId) return;
          if (m.type === 'error') return fail(m.message);
          if (m.type === 'progress') progress[index] = m.fraction;
          else {
            progress[index] = 1;
            parts[index] = m.result;
          }
          const state = store.getState();
          state.reportScalingProgress(runId, progress.reduce((a, b) => a + b, 0) / shards);
          if (parts.every((p) => p !== null)) {
            drop();
            state.completeScaling(runId, mergeSweeps(request, parts as SweepResult[]));
          }
        };
        w.onerror = (event: ErrorEvent) => {
          event.preventDefault?.();
          fail(`The scaling worker failed: ${event.message || 'it could not start or crashed'}.`);
        };
        w.postMessage({ type: 'sweep', jobId: runId, request, shard: { index, count: shards } });
      }
    } catch (error) {
      fail(`Could not start the scaling worker: ${describeError(error)}`);
    }
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    const runId = store.getState().beginScaling();
    timer = setTimeout(() => launch(runId), delay);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scalingStatus === 'cancelled' && previous.scalingStatus === 'running') {
      clearTimeout(timer);
      drop();
      return;
    }
    if (state.scalingStrategies !== previous.scalingStrategies || state.scalingBase !== previous.scalingBase)
      schedule(SCALING_DEBOUNCE_MS);
  });
  // Coming back to the screen: the curves on screen are kept when they still answer the request.
  if (!isCurrent(store.getState())) schedule(0);

  return () => {
    unsubscribe();
    clearTimeout(timer);
    drop();
    store.getState().cancelScaling();
  };
}

/** Whether the curves on screen were computed for the current strategies and base work. */
function isCurrent(s: AppState): boolean {
  const r = s.scalingResult?.request;
  return (
    s.scalingStatus === 'idle' &&
    r !== undefined &&
    r.strategies.join() === s.scalingStrategies.join() &&
    JSON.stringify(r.base) === JSON.stringify(s.scalingBase)
  );
}

/** Computes the current request again (after a cancel or a failure): a new base object triggers a sweep. */
export function rerunScaling(store: StoreApi<AppState>): void {
  store.setState({ scalingBase: { ...store.getState().scalingBase } });
}
