// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GanttChart } from './GanttChart';
import { GanttLegend } from './GanttLegend';
import { asyncioTrace, manyTasksTrace, processPoolTrace } from './testTraces';
import type { Domain } from './zoom';

afterEach(cleanup);

function chart(trace = asyncioTrace(5), view: 'tasks' | 'lanes' = 'tasks', domain: Domain | null = null) {
  const onDomainChange = vi.fn();
  const utils = render(
    <GanttChart trace={trace} view={view} domain={domain} onDomainChange={onDomainChange} />,
  );
  const plot = screen.getByRole('application');
  return { ...utils, plot, onDomainChange };
}

const rowLabels = (container: HTMLElement) =>
  [...container.querySelectorAll('.gantt-svg .gantt-row__label')].map((t) => t.firstChild?.textContent);

describe('GanttChart', () => {
  it('draws one labelled row per task, in an svg with a title', () => {
    const { container } = chart();
    expect(rowLabels(container)).toEqual(['task 1', 'task 2', 'task 3', 'task 4', 'task 5']);
    expect(container.querySelector('svg.gantt-svg > title')?.textContent).toBe('Timeline of 5 tasks');
  });

  it('on a wider shared axis (Compare), the full axis is not a zoom: no range text, Zoom out and Reset off', () => {
    const trace = asyncioTrace(5);
    const props = { trace, view: 'tasks' as const, onDomainChange: () => {}, extent: [0, 15020] as Domain };
    const { rerender, container } = render(<GanttChart {...props} domain={[0, 15020]} />);
    // It read "showing 0 ms – 15.02 s of 3,003 ms" with both buttons enabled; a zoom is now worded in one unit.
    expect(container.querySelector('.gantt-toolbar__range')).toBeNull();
    expect(screen.getByRole('button', { name: 'Zoom out' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Reset zoom' }).hasAttribute('disabled')).toBe(true);
    rerender(<GanttChart {...props} domain={[0, 5000]} />);
    expect(container.querySelector('.gantt-toolbar__range')?.textContent).toMatch(
      /^showing 0.00 s – 5.00 s of 15.02 s$/,
    );
    expect(screen.getByRole('button', { name: 'Reset zoom' }).hasAttribute('disabled')).toBe(false);
  });

  it('has a legend with a text label for every state and marker', () => {
    render(<GanttLegend view="lanes" />);
    for (const label of [
      'running',
      'blocked',
      'suspended',
      'ready',
      'queued',
      'start-up',
      'failed',
      'waiting tasks',
    ]) {
      expect(screen.getByText(label)).toBeTruthy();
    }
  });

  it('draws one row per lane, nested, with process start-up', () => {
    const { container } = chart(processPoolTrace(), 'lanes');
    expect(rowLabels(container)).toEqual(['main process', 'process 1', 'process 2', 'process 3']);
    expect(container.querySelectorAll('.gantt-row__label--d1')).toHaveLength(3);
    expect(
      within(container.querySelector('.gantt-svg') as HTMLElement).getAllByText('start-up'),
    ).toHaveLength(3);
  });

  it('shows a tooltip and announces the item when the chart gets keyboard focus', async () => {
    const user = userEvent.setup();
    const { plot } = chart();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.tab();
    expect(document.activeElement).toBe(plot);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('task 1');
    expect(tip.textContent).toContain('running');
    expect(tip.textContent).toContain('0 ms → 2 ms');
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('tooltip').textContent).toContain('task 3');
    expect(
      screen.getByRole('img', { name: 'task 3, suspended, 6 ms to 3,006 ms, on event loop' }),
    ).toBeTruthy();
    expect(plot.querySelector('.gantt-focus-ring')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('zooms with + / - / 0 and Enter, calling onDomainChange', async () => {
    const user = userEvent.setup();
    const { plot, onDomainChange } = chart();
    act(() => plot.focus());
    await user.keyboard('+');
    const [a, b] = onDomainChange.mock.calls[0][0] as Domain;
    expect(b - a).toBeCloseTo(1750); // half of the whole run's 0–3.5 s axis
    expect(a).toBeGreaterThanOrEqual(0);
    await user.keyboard('0');
    expect(onDomainChange).toHaveBeenLastCalledWith(null);
    await user.keyboard('{Enter}');
    const [c, d] = onDomainChange.mock.lastCall?.[0] as Domain;
    expect(c).toBeLessThan(0.5);
    expect(d).toBeGreaterThan(2);
    expect(d).toBeLessThan(3);
  });

  it('zooms out from a zoomed range with the button and resets to the whole run', async () => {
    const user = userEvent.setup();
    const { onDomainChange } = chart(asyncioTrace(5), 'tasks', [1000, 2000]);
    expect(screen.getByText(/^showing 1.00 s – 2.00 s of 3.0\d s$/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(onDomainChange).toHaveBeenLastCalledWith([500, 2500]);
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(onDomainChange).toHaveBeenLastCalledWith(null);
  });

  it('brushes a range by dragging across the plot', () => {
    const { plot, onDomainChange } = chart();
    fireEvent.pointerDown(plot, { button: 0, clientX: 250, clientY: 60, pointerId: 1 });
    fireEvent.pointerMove(plot, { clientX: 400, clientY: 60, pointerId: 1 });
    expect(document.querySelector('.gantt-brush')).not.toBeNull();
    fireEvent.pointerUp(plot, { clientX: 400, clientY: 60, pointerId: 1 });
    const [a, b] = onDomainChange.mock.lastCall?.[0] as Domain;
    expect(a).toBeLessThan(b);
    expect(a).toBeGreaterThan(0);
  });

  it('says so when a run has no tasks, and survives a cancelled run without end markers', async () => {
    const empty = { ...asyncioTrace(1), tasks: [], events: [] };
    const { unmount } = chart(empty);
    expect(screen.getByText('No tasks in this run.')).toBeTruthy();
    unmount();
    const base = asyncioTrace(2);
    const cancelled = {
      ...base,
      cancelled: true,
      tasks: base.tasks.map((t) => ({ ...t, segments: t.segments.slice(0, 2) })),
    };
    const user = userEvent.setup();
    const { plot } = chart(cancelled);
    act(() => plot.focus());
    await user.keyboard('{End}');
    expect(screen.getByRole('tooltip').textContent).toContain('suspended');
  });

  it('groups thousands of tasks into rows and says so on screen', () => {
    const { container } = chart(manyTasksTrace(5000));
    expect(screen.getByText('5,000 tasks: grouped 25 per row')).toBeTruthy();
    expect(container.querySelector('.gantt')?.getAttribute('data-mode')).toBe('grouped');
    const labels = rowLabels(container);
    expect(labels[0]).toBe('tasks 1–25');
    expect(labels.length).toBeLessThan(60);
  });
});
