// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../i18n';
import { BASELINE_MAX_TASKS, useAppStore } from '../../state';
import { LATE_FIGURES_ABOVE } from '../../state/lateFigures';
import { defaultParams, simulateScenario } from '../../strategies';
import type { StrategyId } from '../../trace/scenario';
import { SummaryPanel } from './SummaryPanel';

/** 4 requests of exactly 1 s, no CPU: the figures are round and known by hand. */
const traceOf = (strategy: StrategyId, tasks = 4) =>
  simulateScenario({
    strategy,
    params: {
      ...defaultParams(strategy),
      tasks,
      latencyMs: 1000,
      jitterMs: 0,
      overheadMs: 0,
      requestCpuMs: 0,
      cpuMs: 0,
      workers: 2,
    },
    seed: 1,
  });

/** The value and detail shown under a figure's label. */
function figure(label: string): string {
  const term = screen.getByText(label, { selector: 'dt' });
  return within(term.parentElement as HTMLElement)
    .getAllByRole('definition')
    .map((d) => d.textContent)
    .join(' | ');
}

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
afterEach(cleanup);

describe('<SummaryPanel>', () => {
  it('shows the figures of a thread-pool run, formatted, with its speed-up over sequential', () => {
    useAppStore.setState({ trace: traceOf('thread-pool') });
    render(<SummaryPanel />);
    expect(figure('Makespan')).toBe('2.00 s | 4 tasks');
    expect(figure('Throughput')).toBe('2 req/s | tasks done / s');
    // Each request answers in 1 s; two wait for a thread, so on average they are done 1.5 s after the start.
    expect(figure('Response time (send → answer)')).toBe('1.00 s | mean; p95 1.00 s');
    expect(figure('Time to completion (from start)')).toBe('1.50 s | mean; max 2.00 s');
    expect(figure('Peak in flight')).toBe('2 | busy lanes: 2');
    expect(figure('Utilisation')).toBe('100 % | lanes busy');
    expect(figure('Speed-up')).toBe('2× | vs sequential 4.00 s');
  });

  it('says sequential is its own baseline', () => {
    useAppStore.setState({ trace: traceOf('sequential') });
    render(<SummaryPanel />);
    expect(figure('Makespan')).toBe('4.00 s | 4 tasks');
    expect(figure('Speed-up')).toBe('1× | the baseline itself');
  });

  it('says when the baseline is skipped for a very large run', () => {
    const small = traceOf('asyncio-gather', 2);
    const params = { ...small.scenario.params, tasks: BASELINE_MAX_TASKS + 1 };
    useAppStore.setState({ trace: { ...small, scenario: { ...small.scenario, params } } });
    render(<SummaryPanel />);
    expect(figure('Speed-up')).toMatch(/^n\/a \| skipped over 2,000 tasks$/);
  });

  it('waits politely before the first trace', () => {
    render(<SummaryPanel />);
    expect(screen.getByText('Simulating…')).toBeTruthy();
  });
});

/** Until the next frame has been painted and the task after it has run (where a large trace's figures are made). */
const afterPaint = () =>
  act(
    () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => setTimeout(done, 0), 0))),
  );

describe('<SummaryPanel> with a large run', () => {
  const large = () => traceOf('asyncio-gather', LATE_FIGURES_ABOVE + 1);

  it('shows the figures as being computed, never the previous run’s, then the large run’s own', async () => {
    useAppStore.setState({ trace: traceOf('thread-pool') });
    const { container } = render(<SummaryPanel />);
    expect(figure('Makespan')).toBe('2.00 s | 4 tasks');
    act(() => useAppStore.setState({ trace: large() }));
    expect(figure('Makespan')).toBe('… | computing…');
    expect(figure('Speed-up')).toBe('… | computing…');
    const list = container.querySelector('dl');
    expect(list?.getAttribute('aria-busy')).toBe('true');
    expect(list?.getAttribute('aria-description')).toBe('Computing the figures of this run…');
    await afterPaint();
    expect(figure('Makespan')).toMatch(
      new RegExp(`^\\d+(\\.\\d+)? s \\| ${(LATE_FIGURES_ABOVE + 1).toLocaleString('en')} tasks$`),
    );
    expect(figure('Speed-up')).toBe('n/a | skipped over 2,000 tasks');
    expect(list?.getAttribute('aria-busy')).toBeNull();
  });

  it('says so in Chinese too', () => {
    useAppStore.setState({ trace: large() });
    const { container } = render(
      <LangContext value="zh-CN">
        <SummaryPanel />
      </LangContext>,
    );
    expect(figure('总耗时')).toBe('… | 计算中…');
    expect(container.querySelector('dl')?.getAttribute('aria-description')).toBe('正在计算本次运行的数据…');
  });
});
