// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../state';
import { defaultScenario, simulateScenario } from '../../strategies';
import { pythonStateAt } from '../../trace/pythonState';
import type { Trace } from '../../trace/types';
import { PythonStateBody } from './PythonStatePanel';

afterEach(cleanup);
beforeEach(() => act(() => useAppStore.setState({ cursor: null, selectedTask: null })));

const sc = defaultScenario('async-blocking');
const trace = simulateScenario({ ...sc, params: { ...sc.params, tasks: 9 } });
const end = trace.tasks.at(-1)?.segments.at(-1)?.end ?? 0;

/** Matches the element whose whole text is `text` (a task's label sits in its own <bdi>, isolated). */
const whole = (text: string) => (_: string, el: Element | null) =>
  el?.textContent === text && [...el.children].every((c) => c.tagName === 'BDI');

describe('PythonStateBody', () => {
  it('asks for a cursor first', () => {
    render(<PythonStateBody trace={trace} />);
    expect(screen.getByText(/Press play/)).toBeTruthy();
  });

  it('shows the blocked task holding the loop, the ready queue with a count past five, and its source line', () => {
    render(<PythonStateBody trace={trace} />);
    const t = 3003 * 2 + 1;
    act(() => useAppStore.getState().setCursor(t, end));
    const loop = pythonStateAt(trace, t).processes[0].runners[0];
    expect(screen.getByText(whole(`${loop.running?.label} blocked: holds the thread`))).toBeTruthy();
    const ready = document.querySelector('[data-list="ready"]') as HTMLElement;
    expect(within(ready).getByText(`(${loop.ready.length})`)).toBeTruthy();
    expect(
      within(ready)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(loop.ready.slice(0, 5).map((x) => x.label));
    expect(within(ready).getByText(`+ ${loop.ready.length - 5} more`)).toBeTruthy();
    expect(screen.getByText(whole(`${loop.running?.label} is blocked here`))).toBeTruthy();
    expect(document.querySelector('.py-source__line--current')?.textContent).toContain(
      'requests.get(f"{URL}&id={i}")',
    );
    expect(screen.getByText('free')).toBeTruthy(); // a blocking call releases the GIL
  });

  it('follows a task chosen in the panel: a ready task is on its ready line', async () => {
    render(<PythonStateBody trace={trace} />);
    act(() => useAppStore.getState().setCursor(10, end));
    const ready = pythonStateAt(trace, 10).processes[0].runners[0].ready;
    await userEvent.click(screen.getByRole('button', { name: `Select ${ready[1].label}` }));
    expect(useAppStore.getState().selectedTask).toBe(ready[1].id);
    expect(screen.getByText(whole(`${ready[1].label} is ready here`))).toBeTruthy();
    expect(document.querySelector('.py-source__line--current')?.textContent).toContain('asyncio.gather');
  });

  it("lights the learner's own line in a recorded program (engine python: each segment's line)", () => {
    // The learner's program, recorded: tasks block at line 3 and run at line 4 of *this* text, whatever the
    // strategy's own program says.
    const program =
      'import requests\nasync def get(i):\n    r = requests.get(URL)  # mine\n    return r.text  # mine too\n';
    const lineOf = { blocked: 3, running: 4 } as Record<string, number>;
    const recorded: Trace = {
      ...trace,
      engine: 'python',
      program,
      tasks: trace.tasks.map((task) => ({
        ...task,
        segments: task.segments.map((seg) => ({ ...seg, line: lineOf[seg.state] })),
      })),
    };
    render(<PythonStateBody trace={recorded} />);
    act(() => useAppStore.getState().setCursor(3003 * 2 + 1, end));
    const current = document.querySelector('.py-source__line--current');
    expect(current?.textContent).toContain('r = requests.get(URL)  # mine');
    expect(current?.textContent).toMatch(/^3/);
    expect(document.querySelector('.py-source')?.textContent).not.toContain('asyncio.gather');
  });

  it('says when the followed task has finished', () => {
    render(<PythonStateBody trace={trace} />);
    act(() => {
      useAppStore.getState().selectTask(trace.tasks[0].id);
      useAppStore.getState().setCursor(end, end);
    });
    expect(screen.getByText(whole(`${trace.tasks[0].label} has finished.`))).toBeTruthy();
    expect(document.querySelector('.py-source__line--current')).toBeNull();
  });

  it('names the done-callback the loop runs, lights its line, and gives it the GIL', () => {
    const cbTrace = simulateScenario(defaultScenario('done-callbacks'));
    const cb = cbTrace.events.find((e) => e.kind === 'callback' && e.task === 't2');
    const label = cbTrace.tasks.find((x) => x.id === 't2')?.label;
    const at = ((cb?.time ?? 0) + (cb?.end ?? 0)) / 2;
    render(<PythonStateBody trace={cbTrace} />);
    act(() => useAppStore.getState().setCursor(at, at + 1000));
    expect(screen.getByRole('button', { name: `running the done-callback for ${label}` })).toBeTruthy();
    expect(screen.queryByText('idle')).toBeNull();
    expect(screen.getByText(`the done-callback for ${label} runs on the loop here`)).toBeTruthy();
    expect(document.querySelector('.py-source__line--current')?.textContent).toContain('task.result()');
    expect(screen.getByText(`the done-callback for ${label}`, { selector: 'strong' })).toBeTruthy();
  });
});
