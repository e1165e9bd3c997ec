import type { StoreApi } from 'zustand';
import type { AppState } from '../../state';
import { describeError } from '../run/protocol';
import type { FromScalingWorker, ScalingWorkerLike } from './protocol';

/** Edits wait this long for the next one before a new sweep starts. */
export const SCALING_DEBOUNCE_MS = 250;

/**
 * Keeps the scaling curves in step with the chosen strategies and base work, computing them in a worker.
 * A new request, or Cancel, terminates a busy worker (a fresh one starts in ~50 ms), so a stale sweep never
 * delays the current one; its answers carry an old job id and are dropped. Returns a stop function.
 */
export function startScalingRuns(store: StoreApi<AppState>, createWorker: () => ScalingWorkerLike): () => void {
  let worker: ScalingWorkerLike | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drop = () => {
    worker?.terminate();
    worker = null;
  };

  const launch = (runId: number) => {
    timer = undefined;
    const s = store.getState();
    if (s.scalingRunId !== runId || s.scalingStatus !== 'running') return;
    drop();
    try {
      const w = createWorker();
      worker = w;
      w.onmessage = (event: MessageEvent<FromScalingWorker>) => {
        const m = event.data;
        if (m.jobId !== runId) return;
        const state = store.getState();
        if (m.type === 'progress') state.reportScalingProgress(runId, m.fraction);
        else if (m.type === 'done') state.completeScaling(runId, m.result);
        else state.failScaling(runId, m.message);
      };
      w.onerror = (event: ErrorEvent) => {
        event.preventDefault?.();
        drop();
        store.getState().failScaling(runId, `The scaling worker failed: ${event.message || 'it could not start or crashed'}.`);
      };
      const { scalingStrategies: strategies, scalingBase: base } = s;
      w.postMessage({ type: 'sweep', jobId: runId, request: { strategies, base, seed: 1 } });
    } catch (error) {
      drop();
      store.getState().failScaling(runId, `Could not start the scaling worker: ${describeError(error)}`);
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
    if (state.scalingStrategies !== previous.scalingStrategies || state.scalingBase !== previous.scalingBase) schedule(SCALING_DEBOUNCE_MS);
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
