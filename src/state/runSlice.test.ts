import { beforeEach, describe, expect, it } from 'vitest';
import type { Trace } from '../trace/types';
import { createAppStore } from './store';

const fakeTrace = (label: string) =>
  ({ version: 1, engine: 'sim', lanes: [], tasks: [], events: [], label }) as unknown as Trace;

let store = createAppStore();
beforeEach(() => {
  store = createAppStore();
});

describe('run slice', () => {
  it('a run goes running → idle with its trace', () => {
    const id = store.getState().beginRun('worker');
    expect(store.getState()).toMatchObject({ status: 'running', progress: 0, thread: 'worker', runId: id });
    store.getState().reportProgress(id, 0.5);
    expect(store.getState().progress).toBe(0.5);
    const trace = fakeTrace('a');
    expect(store.getState().completeRun(id, trace)).toBe(true);
    expect(store.getState()).toMatchObject({ status: 'idle', trace, progress: 1, error: null });
  });

  it('drops answers to stale runs', () => {
    const first = store.getState().beginRun();
    const second = store.getState().beginRun();
    expect(store.getState().completeRun(first, fakeTrace('old'))).toBe(false);
    expect(store.getState().failRun(first, { code: 'other', detail: 'old failure' })).toBe(false);
    expect(store.getState().reportProgress(first, 0.9)).toBe(false);
    expect(store.getState()).toMatchObject({ status: 'running', trace: null, progress: 0, runId: second });
  });

  it('a failed run keeps the last good trace on screen and says why', () => {
    const good = fakeTrace('good');
    store.getState().completeRun(store.getState().beginRun(), good);
    const id = store.getState().beginRun();
    store.getState().failRun(id, { code: 'other', detail: 'boom' });
    expect(store.getState()).toMatchObject({
      status: 'error',
      error: { code: 'other', detail: 'boom' },
      trace: good,
    });
    // a finished run cannot be finished twice
    expect(store.getState().completeRun(id, fakeTrace('late'))).toBe(false);
  });

  it('a new run clears the previous error', () => {
    store.getState().failRun(store.getState().beginRun(), { code: 'other', detail: 'boom' });
    store.getState().beginRun();
    expect(store.getState().error).toBeNull();
  });

  it('progress never goes backwards and stays within 0…1', () => {
    const id = store.getState().beginRun();
    store.getState().reportProgress(id, 0.6);
    store.getState().reportProgress(id, 0.3);
    expect(store.getState().progress).toBe(0.6);
    store.getState().reportProgress(id, 7);
    expect(store.getState().progress).toBe(1);
  });
});

describe('settleRun', () => {
  it('ends a pending run without a new trace, making its answer stale', () => {
    const store = createAppStore();
    const id = store.getState().beginRun();
    store.getState().settleRun();
    expect(store.getState().status).toBe('idle');
    expect(store.getState().completeRun(id, fakeTrace('late'))).toBe(false);
  });
});
