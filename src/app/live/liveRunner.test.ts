import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveReport, LiveRunOptions } from '../../live/types';
import { createAppStore } from '../../state';
import { simulateScenario } from '../../strategies';
import type { Scenario } from '../../trace/scenario';
import { startLiveRun } from './liveRunner';

let store = createAppStore();
beforeEach(() => {
  store = createAppStore();
});

/** A runLive stand-in that resolves when told, and resolves at once with a cancelled report on abort. */
function fakeLive() {
  const calls: { scenario: Scenario; options: LiveRunOptions; resolve: (r: LiveReport) => void }[] = [];
  const runLive = (scenario: Scenario, options: LiveRunOptions) =>
    new Promise<LiveReport>((resolve) => {
      calls.push({ scenario, options, resolve });
      options.signal?.addEventListener('abort', () => resolve(report(scenario, true)));
    });
  return { runLive, calls };
}
const report = (scenario: Scenario, cancelled = false) =>
  ({
    trace: { ...simulateScenario(scenario), engine: 'live', cancelled },
    cancelled,
    calibration: {},
  }) as unknown as LiveReport;

describe('startLiveRun', () => {
  it('runs the scenario with the fault settings and stores the report with the simulation beside it', async () => {
    store.getState().setLiveFaultText('failPct', '10');
    const live = fakeLive();
    const simulate = vi.fn(simulateScenario);
    startLiveRun(store, { runLive: live.runLive, simulate });
    expect(store.getState().jobs.live.status).toBe('running');
    const [call] = live.calls;
    expect(call.scenario).toBe(store.getState().scenario);
    expect(call.options.faults).toEqual({ failRate: 0.1, hangRate: 0, timeoutMs: 15_000, crashAtMs: null });
    call.options.onProgress?.({ total: 1, done: 0, failed: 0, elapsedMs: 5 });
    expect(store.getState().liveProgress?.elapsedMs).toBe(5);
    const answer = report(call.scenario);
    call.resolve(answer);
    await vi.waitFor(() => expect(store.getState().jobs.live.status).toBe('idle'));
    expect(store.getState().liveReport).toBe(answer);
    expect(store.getState().liveSimTrace?.scenario).toEqual(call.scenario);
    expect(simulate).toHaveBeenCalledOnce();
  });

  it('simulates again with the worker start-up the browser measured', async () => {
    store.getState().pickStrategy('aiomultiprocess');
    const live = fakeLive();
    startLiveRun(store, { runLive: live.runLive, simulate: simulateScenario });
    const [call] = live.calls;
    call.resolve({ ...report(call.scenario), calibration: { startupMs: 42 } });
    await vi.waitFor(() => expect(store.getState().jobs.live.status).toBe('idle'));
    expect(call.scenario.strategy).toBe('aiomultiprocess');
    expect(store.getState().liveSimTrace?.scenario.params.startupMs).toBe(42);
  });

  it('uses the explorer’s trace when it shows the same scenario', () => {
    const trace = simulateScenario(store.getState().scenario);
    store.setState({ trace });
    const simulate = vi.fn(simulateScenario);
    startLiveRun(store, { runLive: fakeLive().runLive, simulate });
    expect(simulate).not.toHaveBeenCalled();
  });

  it('abort keeps the partial trace, marked cancelled', async () => {
    const controller = startLiveRun(store, { runLive: fakeLive().runLive, simulate: simulateScenario });
    controller.abort();
    await vi.waitFor(() => expect(store.getState().jobs.live.status).toBe('idle'));
    expect(store.getState().liveReport?.cancelled).toBe(true);
  });

  it('a rejection shows its message and keeps the previous result; a late answer of an older run is dropped', async () => {
    const first = fakeLive();
    startLiveRun(store, { runLive: first.runLive, simulate: simulateScenario });
    const good = report(first.calls[0].scenario);
    first.calls[0].resolve(good);
    await vi.waitFor(() => expect(store.getState().liveReport).toBe(good));
    const slow = fakeLive();
    startLiveRun(store, { runLive: slow.runLive, simulate: simulateScenario });
    startLiveRun(store, {
      runLive: () => Promise.reject(new Error('The mock endpoint did not start.')),
      simulate: simulateScenario,
    });
    await vi.waitFor(() => expect(store.getState().jobs.live.status).toBe('error'));
    expect(store.getState().jobs.live.error).toBe('The mock endpoint did not start.');
    slow.calls[0].resolve(report(slow.calls[0].scenario));
    await Promise.resolve();
    expect(store.getState().liveReport).toBe(good);
  });
});
