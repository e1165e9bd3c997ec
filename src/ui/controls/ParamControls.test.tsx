// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../state';
import { defaultParams, defaultScenario, simulateScenario } from '../../strategies';
import { ParamControls } from './ParamControls';

const params = () => useAppStore.getState().scenario.params;

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  useAppStore.getState().loadScenario(defaultScenario('thread-pool'));
  // What is on screen: the trace of the picked scenario, as the auto-run would have drawn it.
  useAppStore.setState({ trace: simulateScenario(useAppStore.getState().scenario) });
});
afterEach(cleanup);

describe('<ParamControls>', () => {
  it('shows one labelled control per parameter the strategy uses, plus the seed', () => {
    render(<ParamControls />);
    for (const name of [
      'Tasks',
      'Workers',
      'Endpoint latency',
      'Jitter',
      'Client overhead',
      'CPU per task',
      'Seed',
    ]) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    }
    expect(screen.queryByRole('textbox', { name: 'CPU cores' })).toBeNull();
  });

  it('typing an out-of-range value shows why, marks the box invalid, and leaves the scenario alone', async () => {
    const user = userEvent.setup();
    render(<ParamControls />);
    const before = useAppStore.getState().scenario;
    const box = screen.getByRole('textbox', { name: 'Workers' });
    await user.clear(box);
    await user.type(box, '999');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const message = 'Workers must be between 1 and 256.';
    const error = screen.getByText(message);
    expect(box.getAttribute('aria-describedby')).toContain(error.closest('p')?.id);
    expect((box as HTMLInputElement).value).toBe('999');
    expect(useAppStore.getState().scenario.params).toEqual(before.params);
    expect(screen.getByRole('status').textContent).toMatch(/last valid run/);
  });

  it('typing text that is not a number says so; Escape brings the valid value back', async () => {
    const user = userEvent.setup();
    render(<ParamControls />);
    const box = screen.getByRole('textbox', { name: 'Tasks' }) as HTMLInputElement;
    await user.clear(box);
    await user.type(box, 'many');
    expect(screen.getByText('Enter a number.')).toBeTruthy();
    expect(params().tasks).toBe(defaultParams('thread-pool').tasks);
    await user.keyboard('{Escape}');
    expect(box.value).toBe(String(defaultParams('thread-pool').tasks));
    expect(box.getAttribute('aria-invalid')).toBeNull();
  });

  it('typing a valid value updates the scenario', async () => {
    const user = userEvent.setup();
    render(<ParamControls />);
    const box = screen.getByRole('textbox', { name: 'Workers' });
    await user.clear(box);
    await user.type(box, '12');
    expect(params().workers).toBe(12);
    expect(box.getAttribute('aria-invalid')).toBeNull();
  });

  it('arrow keys on a slider change the value, by one step on a linear scale', async () => {
    const user = userEvent.setup();
    render(<ParamControls />);
    const workers = defaultParams('thread-pool').workers;
    screen.getByRole('slider', { name: 'Workers' }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(params().workers).toBe(workers + 2);
    await user.keyboard('{ArrowLeft}');
    expect(params().workers).toBe(workers + 1);
    await user.keyboard('{Home}');
    expect(params().workers).toBe(1);
    expect(screen.getByRole('slider', { name: 'Workers' }).getAttribute('aria-valuetext')).toBe('1');
  });

  it('a slider moved by the pointer says it is being dragged; a key step says it is not', async () => {
    const user = userEvent.setup();
    render(<ParamControls />);
    const slider = screen.getByRole('slider', { name: 'Workers' });
    fireEvent.change(slider, { target: { value: '40' } });
    expect(useAppStore.getState().dragging).toBe(true);
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(useAppStore.getState().dragging).toBe(false);
  });

  it('arrow keys on a log slider move by about 10 %', async () => {
    const user = userEvent.setup();
    render(<ParamControls />);
    useAppStore.getState().setField('tasks', 100);
    screen.getByRole('slider', { name: 'Tasks' }).focus();
    await user.keyboard('{ArrowUp}');
    expect(params().tasks).toBe(110);
    await user.keyboard('{PageDown}');
    expect(params().tasks).toBe(55);
  });

  it('Up / Down in the number box step the value too', async () => {
    const user = userEvent.setup();
    render(<ParamControls />);
    const latency = defaultParams('thread-pool').latencyMs;
    await user.click(screen.getByRole('textbox', { name: 'Endpoint latency' }));
    await user.keyboard('{ArrowUp}');
    expect(params().latencyMs).toBe(Math.round(latency * 1.1));
  });

  it("run_in_executor's workers go down to 0, Python's default executor, sized from the cores", async () => {
    const user = userEvent.setup();
    useAppStore.getState().loadScenario(defaultScenario('run-in-executor'));
    render(<ParamControls />);
    // CPython: ThreadPoolExecutor(max_workers=None) has min(32, os.cpu_count() + 4) threads.
    expect(params().workers).toBe(0);
    expect(screen.getByTestId('executor-default').textContent).toMatch(/= 8 threads on 4 cores/);
    const cores = screen.getByRole('textbox', { name: 'CPU cores' });
    await user.clear(cores);
    await user.type(cores, '2');
    expect(screen.getByTestId('executor-default').textContent).toMatch(/= 6 threads on 2 cores/);
    screen.getByRole('slider', { name: 'Workers' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(params().workers).toBe(1);
    await user.keyboard('{Home}');
    expect(params().workers).toBe(0);
  });
});
