import { beforeEach, describe, expect, it } from 'vitest';
import type { Trace } from '../trace/types';
import { createAppStore } from './store';

const fakeTrace = (label: string) =>
  ({ version: 1, engine: 'sim', lanes: [], tasks: [], events: [], label }) as unknown as Trace;

let store = createAppStore();
beforeEach(() => {
  store = createAppStore();
});

describe('run slice (the explorer’s job)', () => {
  it('a run goes running → idle with its trace', () => {
    const id = store.getState().beginRun('worker');
    expect(store.getState()).toMatchObject({
      jobs: { explore: { status: 'running', progress: 0, runId: id } },
      thread: 'worker',
    });
    store.getState().reportJob('explore', id, 0.5);
    expect(store.getState().jobs.explore.progress).toBe(0.5);
    const trace = fakeTrace('a');
    expect(store.getState().completeRun(id, trace)).toBe(true);
    expect(store.getState()).toMatchObject({
      jobs: { explore: { status: 'idle', progress: 1, error: null } },
      trace,
    });
  });

  it('drops answers to stale runs', () => {
    const first = store.getState().beginRun();
    const second = store.getState().beginRun();
    expect(store.getState().completeRun(first, fakeTrace('old'))).toBe(false);
    expect(store.getState().failJob('explore', first, { code: 'other', detail: 'old failure' })).toBe(false);
    expect(store.getState().reportJob('explore', first, 0.9)).toBe(false);
    expect(store.getState()).toMatchObject({
      jobs: { explore: { status: 'running', progress: 0, runId: second } },
      trace: null,
    });
  });

  it('a failed run keeps the last good trace on screen and says why', () => {
    const good = fakeTrace('good');
    store.getState().completeRun(store.getState().beginRun(), good);
    const id = store.getState().beginRun();
    store.getState().failJob('explore', id, { code: 'other', detail: 'boom' });
    expect(store.getState()).toMatchObject({
      jobs: { explore: { status: 'error', error: { code: 'other', detail: 'boom' } } },
      trace: good,
    });
    // a finished run cannot be finished twice
    expect(store.getState().completeRun(id, fakeTrace('late'))).toBe(false);
  });
});

describe('job lifecycle (every screen’s job)', () => {
  it('a new job clears the previous error', () => {
    store.getState().failJob('scaling', store.getState().beginJob('scaling'), { code: 'bad-message' });
    store.getState().beginJob('scaling');
    expect(store.getState().jobs.scaling.error).toBeNull();
  });

  it('progress never goes backwards and stays within 0…1', () => {
    const id = store.getState().beginJob('compare');
    store.getState().reportJob('compare', id, 0.6);
    store.getState().reportJob('compare', id, 0.3);
    expect(store.getState().jobs.compare.progress).toBe(0.6);
    store.getState().reportJob('compare', id, 7);
    expect(store.getState().jobs.compare.progress).toBe(1);
  });

  it('jobs of different screens are independent', () => {
    const explore = store.getState().beginRun();
    store.getState().beginJob('compare');
    expect(store.getState().completeRun(explore, fakeTrace('a'))).toBe(true);
    expect(store.getState().jobs.compare.status).toBe('running');
  });

  it('cancel makes a running job stale and says so; an idle job stays as it is', () => {
    store.getState().cancelJob('scaling');
    expect(store.getState().jobs.scaling.status).toBe('idle');
    const id = store.getState().beginJob('scaling');
    store.getState().cancelJob('scaling');
    expect(store.getState().jobs.scaling.status).toBe('cancelled');
    expect(store.getState().reportJob('scaling', id, 0.5)).toBe(false);
  });

  it('settle ends a pending job without a new result, making its answer stale', () => {
    const id = store.getState().beginRun();
    store.getState().settleJob('explore');
    expect(store.getState().jobs.explore.status).toBe('idle');
    expect(store.getState().completeRun(id, fakeTrace('late'))).toBe(false);
  });
});
