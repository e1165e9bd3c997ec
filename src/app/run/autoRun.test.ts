import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../trace/scenario';
import type { Trace } from '../../trace/types';
import { createAppStore } from '../../state';
import { EDIT_DEBOUNCE_MS, startAutoRun } from './autoRun';
import type { RunCallbacks, SimRunner } from './simRunner';

const traceOf = (scenario: Scenario) => ({ scenario }) as unknown as Trace;

/** A runner that answers synchronously on the main thread and records what it ran. */
function fakeRunner() {
  const ran: Scenario[] = [];
  const runner: SimRunner = {
    threadFor: () => 'main',
    run: (scenario: Scenario, cb: RunCallbacks) => {
      ran.push(scenario);
      cb.onDone(traceOf(scenario));
      return 'main';
    },
    cancel: vi.fn(),
    dispose: vi.fn(),
  };
  return { runner, ran };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('auto-run', () => {
  it('runs at once on start', () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    startAutoRun(store, runner);
    expect(ran).toHaveLength(1);
    expect(store.getState()).toMatchObject({
      jobs: { explore: { status: 'idle' } },
      trace: traceOf(store.getState().scenario),
    });
  });

  it("an imported trace's scenario is simulated once the page is idle, not while the trace is being drawn", () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    startAutoRun(store, runner);
    const imported = { ...store.getState().scenario, strategy: 'thread-pool' as const, seed: 7 };
    store.getState().setImportReading('run.json');
    store.getState().importTrace({ trace: traceOf(imported), fileName: 'run.json', format: 'chrome' });
    expect(ran).toHaveLength(1);
    expect(store.getState().jobs.explore.status).toBe('running');
    vi.runAllTimers(); // no idle callbacks here: the next turn of the event loop
    expect(ran.at(-1)).toEqual(imported);
    expect(store.getState().jobs.explore.status).toBe('idle');
  });

  it('runs a picked strategy at once', () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    startAutoRun(store, runner);
    store.getState().pickStrategy('thread-pool');
    expect(ran.at(-1)?.strategy).toBe('thread-pool');
    expect(store.getState().jobs.explore.status).toBe('idle');
  });

  it('debounces edits: one run for a burst of keystrokes, not idle meanwhile', () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    startAutoRun(store, runner);
    store.getState().setFieldText('tasks', '1');
    vi.advanceTimersByTime(EDIT_DEBOUNCE_MS / 2);
    store.getState().setFieldText('tasks', '12');
    expect(store.getState().jobs.explore.status).toBe('running');
    vi.advanceTimersByTime(EDIT_DEBOUNCE_MS - 1);
    expect(ran).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(ran).toHaveLength(2);
    expect(ran[1].params.tasks).toBe(12);
    expect(store.getState().jobs.explore.status).toBe('idle');
  });

  it('typing past the bounds leaves the picture as it was: no run, even for the valid prefix typed on the way', () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    startAutoRun(store, runner);
    const shown = store.getState().trace;
    store.getState().pickStrategy('thread-pool');
    const picked = store.getState().trace;
    for (const text of ['3', '30', '300']) store.getState().setFieldText('workers', text);
    expect(store.getState().fieldErrors.workers).toEqual({
      code: 'out-of-range',
      key: 'workers',
      min: 1,
      max: 256,
    });
    vi.runAllTimers();
    expect(ran.map((s) => s.strategy)).toEqual([shown?.scenario.strategy, 'thread-pool']);
    expect(store.getState().trace).toBe(picked);
    expect(store.getState().jobs.explore.status).toBe('idle');
  });

  it('undoing an edit before it runs cancels the run', () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    startAutoRun(store, runner);
    const tasks = store.getState().scenario.params.tasks;
    store.getState().setFieldText('tasks', String(tasks + 1));
    store.getState().setFieldText('tasks', String(tasks));
    vi.runAllTimers();
    expect(ran).toHaveLength(1);
    expect(runner.cancel).toHaveBeenCalled();
    expect(store.getState().jobs.explore.status).toBe('idle');
  });

  it('runs a slider step at once, without waiting for the typing debounce', () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    startAutoRun(store, runner);
    store.getState().setField('tasks', store.getState().scenario.params.tasks + 1);
    expect(ran).toHaveLength(2);
  });

  it('does not re-run for a rejected value', () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    startAutoRun(store, runner);
    store.getState().setFieldText('tasks', 'many');
    vi.runAllTimers();
    expect(ran).toHaveLength(1);
    expect(store.getState().jobs.explore.status).toBe('idle');
  });

  it('stops on dispose: no more runs, runner released', () => {
    const store = createAppStore();
    const { runner, ran } = fakeRunner();
    const stop = startAutoRun(store, runner);
    store.getState().setFieldText('tasks', '3');
    stop();
    vi.runAllTimers();
    store.getState().pickStrategy('sequential');
    expect(ran).toHaveLength(1);
    expect(runner.dispose).toHaveBeenCalled();
  });
});
