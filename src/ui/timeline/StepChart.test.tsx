// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import { timeAxis } from '../gantt/zoom';
import { StepChart } from './StepChart';

afterEach(cleanup);

const inFlight = translator(timelineMessages, 'en');

const series = [
  { t: 0, value: 3 },
  { t: 400, value: 1 },
  { t: 1000, value: 0 },
];

function renderChart() {
  render(
    <StepChart
      title="In flight"
      noun={(count) => inFlight('inFlightNoun', { count })}
      series={series}
      peak={3}
      axis={timeAxis(null, [0, 1000], 758)}
      width={924}
      height={82}
      color="var(--state-suspended)"
      showTimeAxis
    />,
  );
  return screen.getByRole('application', { name: 'In flight: peak 3 requests in flight' });
}

describe('<StepChart>', () => {
  it('is plain SVG: a grid, the filled step area, its line and both axes, titled for screen readers', () => {
    const svg = renderChart();
    expect(svg.querySelectorAll('path')).toHaveLength(5);
    expect(screen.getByText('peak 3')).toBeTruthy();
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain('0.5 s');
    expect(svg.querySelector('.step-chart__cursor')).toBeNull();
  });

  it('words a count of one in the singular, in the busy-lanes noun too', () => {
    expect(inFlight('busyLanesNoun', { count: 1 })).toBe('lane busy (running or blocked)');
    expect(inFlight('busyLanesNoun', { count: 2 })).toBe('lanes busy (running or blocked)');
  });

  it('reads the count at each change with the arrow keys, and hides it on Escape', () => {
    const svg = renderChart();
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(screen.getByRole('status').textContent).toBe('3 requests in flight at 0 ms');
    fireEvent.keyDown(svg, { key: 'ArrowRight' });
    // One of a thing is singular ("1 lanes busy" was seen on the busy-lanes chart).
    expect(screen.getByRole('status').textContent).toBe('1 request in flight at 400 ms');
    expect(svg.querySelector('.step-chart__cursor')?.getAttribute('x1')).toBe(String(150 + 0.4 * 758));
    fireEvent.keyDown(svg, { key: 'End' });
    expect(screen.getByRole('status').textContent).toBe('0 requests in flight at 1,000 ms');
    fireEvent.keyDown(svg, { key: 'Escape' });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
