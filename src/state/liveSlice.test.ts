import { beforeEach, describe, expect, it } from 'vitest';
import type { LiveReport } from '../live/types';
import type { Trace } from '../trace/types';
import { DEFAULT_FAULT_SETTINGS } from './liveFaults';
import { createAppStore } from './store';

const fakeTrace = (label: string) =>
  ({ version: 1, engine: 'sim', lanes: [], tasks: [], events: [], label }) as unknown as Trace;
const fakeReport = (label: string) =>
  ({ trace: fakeTrace(label), cancelled: false }) as unknown as LiveReport;
const progress = (done: number) => ({ total: 10, done, failed: 0, elapsedMs: done * 100 });

let store = createAppStore();
beforeEach(() => {
  store = createAppStore();
});

describe('live slice', () => {
  it('a live run goes running → idle with its report and the simulation beside it', () => {
    expect(store.getState()).toMatchObject({
      jobs: { live: { status: 'idle' } },
      liveReport: null,
      liveFaults: DEFAULT_FAULT_SETTINGS,
    });
    const id = store.getState().beginLive();
    expect(store.getState()).toMatchObject({
      jobs: { live: { status: 'running', runId: id } },
      liveProgress: null,
    });
    expect(store.getState().reportLiveProgress(id, progress(4))).toBe(true);
    expect(store.getState().liveProgress).toEqual(progress(4));
    // The job's progress is the share of tasks that have ended.
    expect(store.getState().jobs.live.progress).toBe(0.4);
    const report = fakeReport('live');
    const sim = fakeTrace('sim');
    expect(store.getState().completeLive(id, report, sim)).toBe(true);
    expect(store.getState()).toMatchObject({
      jobs: { live: { status: 'idle', error: null } },
      liveReport: report,
      liveSimTrace: sim,
    });
  });

  it('drops answers to stale runs', () => {
    const first = store.getState().beginLive();
    const second = store.getState().beginLive();
    expect(store.getState().completeLive(first, fakeReport('old'), fakeTrace('old'))).toBe(false);
    expect(store.getState().failJob('live', first, 'old failure')).toBe(false);
    expect(store.getState().reportLiveProgress(first, progress(9))).toBe(false);
    expect(store.getState()).toMatchObject({
      jobs: { live: { status: 'running', runId: second } },
      liveReport: null,
      liveProgress: null,
    });
  });

  it('a failed run keeps the previous result and says why; the next run clears the error', () => {
    const good = fakeReport('good');
    store.getState().completeLive(store.getState().beginLive(), good, fakeTrace('sim'));
    const id = store.getState().beginLive();
    store.getState().failJob('live', id, 'The mock endpoint did not start.');
    expect(store.getState()).toMatchObject({
      jobs: { live: { status: 'error', error: 'The mock endpoint did not start.' } },
      liveReport: good,
    });
    expect(store.getState().completeLive(id, fakeReport('late'), fakeTrace('late'))).toBe(false);
    store.getState().beginLive();
    expect(store.getState().jobs.live.error).toBeNull();
  });

  it('accepts a valid fault value and keeps a refused one as text with its reason, changing nothing else', () => {
    expect(store.getState().setLiveFaultText('failPct', '12,5')).toBe(true);
    expect(store.getState().liveFaults.failPct).toBe(12.5);
    expect(store.getState().setLiveFaultText('hangPct', '150')).toBe(false);
    expect(store.getState().liveFaultErrors.hangPct).toEqual({
      code: 'range',
      min: 0,
      max: 100,
      whole: false,
    });
    expect(store.getState().liveFaultDrafts.hangPct).toBe('150');
    expect(store.getState().setLiveFaultText('timeoutMs', 'soon')).toBe(false);
    expect(store.getState().liveFaultErrors.timeoutMs).toEqual({ code: 'number' });
    expect(store.getState().liveFaults).toEqual({ ...DEFAULT_FAULT_SETTINGS, failPct: 12.5 });
    store.getState().revertLiveFault('hangPct');
    expect(store.getState().liveFaultErrors.hangPct).toBeUndefined();
    expect(store.getState().liveFaultDrafts.hangPct).toBeUndefined();
  });

  it('times must be whole milliseconds; the crash box turns the crash on and off', () => {
    expect(store.getState().setLiveFaultText('crashAtMs', '12.5')).toBe(false);
    expect(store.getState().setLiveFaultText('crashAtMs', '800')).toBe(true);
    store.getState().setLiveCrash(true);
    expect(store.getState().liveFaults).toMatchObject({ crashOn: true, crashAtMs: 800 });
    expect(store.getState().liveFaultErrors).toEqual({});
  });
});
