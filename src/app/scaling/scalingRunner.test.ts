import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../state';
import type { SweepResult } from '../../state/scalingModel';
import type { FromScalingWorker, ScalingWorkerLike, ToScalingWorker } from './protocol';
import { rerunScaling, SCALING_DEBOUNCE_MS, startScalingRuns } from './scalingRunner';

class FakeWorker implements ScalingWorkerLike {
  sent: ToScalingWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromScalingWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  postMessage(m: ToScalingWorker) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(m: FromScalingWorker) {
    this.onmessage?.({ data: m } as MessageEvent<FromScalingWorker>);
  }
}

const resultFor = (request: ToScalingWorker['request']['request']): SweepResult => ({
  request,
  series: [],
  elapsedMs: 1,
});

let store = createAppStore();
let workers: FakeWorker[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  store = createAppStore();
  workers = [];
});
afterEach(() => vi.useRealTimers());
const start = () =>
  startScalingRuns(store, () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });

describe('scaling runs', () => {
  it('sweeps in a worker, shows progress, and keeps the result', () => {
    const stop = start();
    vi.advanceTimersByTime(0);
    const [w] = workers;
    const job = w.sent[0];
    expect(job.request.request.strategies).toEqual(store.getState().scalingStrategies);
    w.answer({ type: 'progress', jobId: job.jobId, fraction: 0.4 });
    expect(store.getState().jobs.scaling).toMatchObject({ status: 'running', progress: 0.4 });
    w.answer({ type: 'done', jobId: job.jobId, result: resultFor(job.request.request) });
    expect(store.getState().jobs.scaling.status).toBe('idle');
    expect(store.getState().scalingResult?.request).toBe(job.request.request);
    stop();
  });

  it('a newer request terminates the old worker and its late answer is dropped', () => {
    const stop = start();
    vi.advanceTimersByTime(0);
    const old = workers[0];
    store.getState().toggleScalingStrategy('aiomultiprocess');
    vi.advanceTimersByTime(SCALING_DEBOUNCE_MS);
    expect(old.terminated).toBe(true);
    old.answer({ type: 'done', jobId: old.sent[0].jobId, result: resultFor(old.sent[0].request.request) });
    expect(store.getState().scalingResult).toBeNull();
    const fresh = workers[1];
    expect(fresh.sent[0].request.request.strategies).toContain('aiomultiprocess');
    stop();
  });

  it('Cancel stops the worker; nothing running, and "compute again" starts a new sweep', () => {
    const stop = start();
    vi.advanceTimersByTime(0);
    store.getState().cancelScaling();
    expect(workers[0].terminated).toBe(true);
    expect(store.getState().jobs.scaling.status).toBe('cancelled');
    rerunScaling(store);
    vi.advanceTimersByTime(SCALING_DEBOUNCE_MS);
    expect(workers).toHaveLength(2);
    expect(store.getState().jobs.scaling.status).toBe('running');
    stop();
  });

  it('with 2 shards, the curves appear once both workers are done, merged', () => {
    const stop = startScalingRuns(
      store,
      () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
      2,
    );
    vi.advanceTimersByTime(0);
    expect(workers.map((w) => w.sent[0].request.shard)).toEqual([
      { index: 0, count: 2 },
      { index: 1, count: 2 },
    ]);
    const [a, b] = workers;
    const part = (x: number) => ({
      request: a.sent[0].request.request,
      series: [
        {
          axis: 'cpuMs' as const,
          strategy: 'sequential' as const,
          points: [{ x, makespanMs: x + 1, throughputPerS: 1 }],
        },
      ],
      elapsedMs: x,
    });
    a.answer({ type: 'progress', jobId: a.sent[0].jobId, fraction: 1 });
    expect(store.getState().jobs.scaling.progress).toBe(0.5);
    b.answer({ type: 'done', jobId: b.sent[0].jobId, result: part(0) });
    expect(store.getState().jobs.scaling.status).toBe('running');
    a.answer({ type: 'done', jobId: a.sent[0].jobId, result: part(5) });
    expect(store.getState().jobs.scaling.status).toBe('idle');
    expect(store.getState().scalingResult?.series[0].points.map((p) => p.x)).toEqual([0, 5]);
    stop();
  });

  it('a worker error becomes a visible failure', () => {
    const stop = start();
    vi.advanceTimersByTime(0);
    workers[0].onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    expect(store.getState().jobs.scaling).toMatchObject({
      status: 'error',
      error: { code: 'worker-failed', detail: 'boom' },
    });
    stop();
  });
});
