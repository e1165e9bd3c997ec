// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as LayoutModule from './layout';
import { asyncioTrace } from './testTraces';

const layoutSpy = vi.hoisted(() => ({ calls: 0 }));
vi.mock('./layout', async (importOriginal) => {
  const real = await importOriginal<typeof LayoutModule>();
  return {
    ...real,
    layoutGantt: (...args: Parameters<typeof real.layoutGantt>) => {
      layoutSpy.calls++;
      return real.layoutGantt(...args);
    },
  };
});

const { GanttChart } = await import('./GanttChart');

afterEach(cleanup);

describe('GanttChart cursor, callouts and guess', () => {
  it('draws the cursor line and its time label, and moving it never lays the chart out again', () => {
    const trace = asyncioTrace(5);
    const props = { trace, view: 'tasks' as const, domain: null, onDomainChange: () => {} };
    const { container, rerender } = render(<GanttChart {...props} cursor={null} />);
    expect(container.querySelector('.gantt-cursor')).toBeNull();
    const before = layoutSpy.calls;
    for (const t of [10, 50, 120]) rerender(<GanttChart {...props} cursor={t} />);
    expect(layoutSpy.calls).toBe(before);
    expect(container.querySelector('.gantt-svg .gantt-cursor')?.getAttribute('data-time')).toBe('120');
    expect(container.querySelector('.gantt-svg .gantt-cursor-label')?.textContent).toBe('120 ms');
  });

  it('draws callouts and the guess inside the exported svg', () => {
    const trace = asyncioTrace(5);
    const { container } = render(
      <GanttChart
        trace={trace}
        view="tasks"
        domain={null}
        onDomainChange={() => {}}
        callouts={[{ kind: 'startup', time: 0, end: 2, label: 'process start-up' }]}
        guess={{ time: 1e9, label: 'your guess: 1,000,000 s' }}
      />,
    );
    const svg = container.querySelector('svg.gantt-svg') as SVGSVGElement;
    expect(svg.querySelector('.gantt-callout[data-kind="startup"]')?.textContent).toBe('process start-up');
    // A guess beyond the run is pointed at from the right edge.
    expect(svg.querySelector('.gantt-guess')?.textContent).toBe('your guess: 1,000,000 s →');
  });

  it('reports the task whose bar is focused by keyboard', () => {
    const onSelectTask = vi.fn();
    const trace = asyncioTrace(3);
    render(
      <GanttChart
        trace={trace}
        view="tasks"
        domain={null}
        onDomainChange={() => {}}
        onSelectTask={onSelectTask}
      />,
    );
    const plot = screen.getByRole('application');
    fireEvent.focus(plot);
    fireEvent.keyDown(plot, { key: 'ArrowDown' });
    expect(onSelectTask.mock.calls.map((c) => c[0])).toEqual([trace.tasks[0].id, trace.tasks[1].id]);
  });
});
