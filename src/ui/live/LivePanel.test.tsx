// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FAULT_SETTINGS, useAppStore } from '../../state';
import { LivePanel } from './LivePanel';

const runButton = () => screen.getByTestId('live-run') as HTMLButtonElement;
const setParams = (patch: Partial<ReturnType<typeof useAppStore.getState>['scenario']['params']>) =>
  useAppStore.setState((s) => ({ scenario: { ...s.scenario, params: { ...s.scenario.params, ...patch } } }));

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().pickStrategy('thread-pool');
});
afterEach(cleanup);

describe('<LivePanel>', () => {
  it('states the limits and runs a scenario within them', async () => {
    const onRun = vi.fn();
    render(<LivePanel onRun={onRun} onCancel={() => undefined} />);
    expect(screen.getByTestId('live-limits').textContent).toContain(
      'Live runs: up to 1,000 tasks, 10 s latency, 16 workers',
    );
    expect(screen.getByTestId('live-limits').dataset.over).toBe('false');
    expect(runButton().disabled).toBe(false);
    expect((screen.getByTestId('live-cancel') as HTMLButtonElement).disabled).toBe(true);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Run live' }));
    expect(onRun).toHaveBeenCalledOnce();
  });

  it('names every parameter past its limit and disables Run, without touching the scenario', () => {
    setParams({ tasks: 5000, workers: 32 });
    const before = useAppStore.getState().scenario;
    render(<LivePanel onRun={() => undefined} onCancel={() => undefined} />);
    const limits = screen.getByTestId('live-limits');
    expect(limits.dataset.over).toBe('true');
    expect(limits.textContent).toContain('Tasks is 5,000; the live limit is 1,000.');
    expect(limits.textContent).toContain('Workers is 32; the live limit is 16.');
    expect(runButton().disabled).toBe(true);
    expect(runButton().getAttribute('aria-describedby')).toBeTruthy();
    expect(useAppStore.getState().scenario).toBe(before);
    act(() => setParams({ tasks: 100, workers: 8 }));
    expect(runButton().disabled).toBe(false);
  });

  it('a refused fault value says why, disables Run and changes nothing else; fixing it enables Run', async () => {
    const user = userEvent.setup();
    render(<LivePanel onRun={() => undefined} onCancel={() => undefined} />);
    const box = screen.getByRole('textbox', { name: 'Failure rate' }) as HTMLInputElement;
    await user.clear(box);
    await user.type(box, '-5');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number from 0 % to 100 %.')).toBeTruthy();
    expect(runButton().disabled).toBe(true);
    expect(screen.getByText('Fix the fault values above to run.')).toBeTruthy();
    expect(useAppStore.getState().liveFaults).toEqual(DEFAULT_FAULT_SETTINGS);
    await user.clear(box);
    await user.type(box, '20');
    expect(box.getAttribute('aria-invalid')).toBeNull();
    expect(runButton().disabled).toBe(false);
    expect(useAppStore.getState().liveFaults.failPct).toBe(20);
  });

  it('the crash box and its time map to the settings; a fractional time is refused', async () => {
    const user = userEvent.setup();
    render(<LivePanel onRun={() => undefined} onCancel={() => undefined} />);
    await user.click(screen.getByRole('checkbox', { name: 'Crash a worker' }));
    const at = screen.getByRole('textbox', { name: 'Crash at' });
    await user.clear(at);
    await user.type(at, '12.5');
    expect(screen.getByText('Enter a whole number from 0 ms to 60,000 ms.')).toBeTruthy();
    expect(runButton().disabled).toBe(true);
    // Escape goes back to the last accepted time ("12", typed on the way to "12.5").
    await user.keyboard('{Escape}');
    expect((at as HTMLInputElement).value).toBe('12');
    expect(useAppStore.getState().liveFaults).toMatchObject({ crashOn: true, crashAtMs: 12 });
    expect(runButton().disabled).toBe(false);
  });

  it('while running: Run disabled, Cancel enabled, progress announced; a failure shows in an alert', async () => {
    const onCancel = vi.fn();
    render(<LivePanel onRun={() => undefined} onCancel={onCancel} />);
    let id = 0;
    act(() => {
      id = useAppStore.getState().beginLive();
    });
    expect(runButton().disabled).toBe(true);
    const progress = screen.getByTestId('live-progress');
    expect(progress.getAttribute('aria-live')).toBe('polite');
    act(
      () =>
        void useAppStore.getState().reportLiveProgress(id, { total: 20, done: 5, failed: 1, elapsedMs: 800 }),
    );
    expect(progress.textContent).toBe('5 of 20 done, 1 failed · 800 ms');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    act(() => void useAppStore.getState().failJob('live', id, 'The mock endpoint did not start.'));
    expect(screen.getByRole('alert').textContent).toBe(
      'The live run could not run: The mock endpoint did not start.',
    );
    expect(runButton().disabled).toBe(false);
  });
});
