// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../state';
import { simulateScenario } from '../strategies';
import { IdleRoot } from './IdleRoot';
import type { LiveReport } from '../live/types';
import { LATE_FIGURES_ABOVE } from '../state/lateFigures';
import { SummaryPanel } from '../ui/summary/SummaryPanel';
import { Placeholder } from '../ui/chunks/placeholders';

const root = () => screen.getByTestId('root').parentElement as HTMLElement;
const trace = () => simulateScenario(useAppStore.getState().scenario);

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
afterEach(cleanup);

describe('<IdleRoot>', () => {
  it('says idle only after the run has finished and the page has painted it', async () => {
    const id = useAppStore.getState().beginRun();
    render(
      <IdleRoot className="app">
        <span data-testid="root" />
      </IdleRoot>,
    );
    expect(root().hasAttribute('data-app-root')).toBe(true);
    expect(root().dataset.idle).toBe('false');
    expect(root().dataset.runStatus).toBe('running');

    act(() => void useAppStore.getState().completeRun(id, trace()));
    // Committed but not yet painted: still busy.
    expect(root().dataset.idle).toBe('false');
    // The first wait also covers the lazy chunks (charts, code, Compare and Scaling screens) loading in jsdom.
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });

    // A new run (or the debounce before it) makes it busy again at once.
    act(() => void useAppStore.getState().beginRun());
    expect(root().dataset.idle).toBe('false');
  }, 20_000); // its wait allows 15 s for the lazy chunks; the test must too

  it('with a large trace, says idle only once its figures, which follow its picture, are on screen', async () => {
    const id = useAppStore.getState().beginRun();
    render(
      <IdleRoot className="app">
        <span data-testid="root" />
        <SummaryPanel />
      </IdleRoot>,
    );
    // Every time the signal says idle, what the summary shows at that moment.
    const pendingWhenIdle: boolean[] = [];
    const observer = new MutationObserver(() => {
      if (root().dataset.idle === 'true')
        pendingWhenIdle.push(root().querySelector('dl[data-pending]') !== null);
    });
    observer.observe(root(), { attributes: true, attributeFilter: ['data-idle'] });
    // The figures come a while after the picture here (as on a slow machine): the signal must wait for them.
    const later = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout');
    spy.mockImplementation(((run: () => void, ms?: number) => later(run, ms || 150)) as typeof setTimeout);
    const { scenario } = useAppStore.getState();
    const large = simulateScenario({
      ...scenario,
      params: { ...scenario.params, tasks: LATE_FIGURES_ABOVE + 1 },
    });
    act(() => void useAppStore.getState().completeRun(id, large));
    expect(root().querySelector('dl[data-pending]')).not.toBeNull();
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });
    observer.disconnect();
    spy.mockRestore();
    expect(pendingWhenIdle).toEqual([false]);
    expect(root().querySelector('dl[data-pending]')).toBeNull();
  }, 20_000);

  it('is not idle while a placeholder is on screen, though every chunk has loaded, and is once it is replaced', async () => {
    // React 19 keeps a Suspense fallback up for 300 ms after its content is ready: a direct link to the Live
    // screen said idle over its blank fallback.
    const id = useAppStore.getState().beginRun();
    const page = (loading: boolean) => (
      <IdleRoot className="app">
        <span data-testid="root" />
        {loading && <Placeholder />}
      </IdleRoot>
    );
    const { rerender } = render(page(false));
    act(() => void useAppStore.getState().completeRun(id, trace()));
    // Every chunk in and the run painted: idle.
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });
    rerender(page(true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root().dataset.idle).toBe('false');
    rerender(page(false));
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });
  }, 20_000);

  it('a failed run is a finished run: idle, with the status saying so', async () => {
    const id = useAppStore.getState().beginRun();
    render(
      <IdleRoot className="app">
        <span data-testid="root" />
      </IdleRoot>,
    );
    act(() => void useAppStore.getState().failJob('explore', id, { code: 'other', detail: 'boom' }));
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });
    expect(root().dataset.runStatus).toBe('error');
  });

  it('on Compare, follows the comparison’s runs, not the explorer’s', async () => {
    useAppStore.getState().setTab('compare');
    const explorerRun = useAppStore.getState().beginRun();
    const compareRun = useAppStore.getState().beginJob('compare');
    render(
      <IdleRoot className="app">
        <span data-testid="root" />
      </IdleRoot>,
    );
    expect(root().dataset.tab).toBe('compare');
    act(() => void useAppStore.getState().completeRun(explorerRun, trace()));
    expect(root().dataset.idle).toBe('false');
    // A run that ends with an entry still untraced is not a finished comparison.
    const [first, ...rest] = useAppStore.getState().compareEntries;
    act(() => void useAppStore.getState().completeCompareEntry(compareRun, first.key, trace()));
    act(() => void useAppStore.getState().completeCompareRun(compareRun, 15015));
    await new Promise((r) => setTimeout(r, 100));
    expect(root().dataset.idle).toBe('false');
    const again = useAppStore.getState().beginJob('compare');
    act(() => {
      for (const e of rest) useAppStore.getState().completeCompareEntry(again, e.key, trace());
      useAppStore.getState().completeCompareRun(again, 15015);
    });
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });
    act(() => void useAppStore.getState().beginJob('compare'));
    expect(root().dataset.idle).toBe('false');
  });

  it('on Live, follows the live run only: busy while it runs, idle once its result is painted', async () => {
    useAppStore.getState().setTab('live');
    render(
      <IdleRoot className="app">
        <span data-testid="root" />
      </IdleRoot>,
    );
    // Nothing run live yet: the empty screen is a finished state, even while the explorer's run is on its way.
    act(() => void useAppStore.getState().beginRun());
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });
    let id = 0;
    act(() => {
      id = useAppStore.getState().beginLive();
    });
    expect(root().dataset.idle).toBe('false');
    expect(root().dataset.runStatus).toBe('running');
    const sim = trace();
    act(
      () =>
        void useAppStore
          .getState()
          .completeLive(id, { trace: sim, cancelled: false } as unknown as LiveReport, sim),
    );
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });
  });
});

describe('<IdleRoot screen>', () => {
  it('follows the screen it shows, not the tab in the link: an embed with tab=compare (issue 14)', async () => {
    useAppStore.getState().setTab('compare');
    const id = useAppStore.getState().beginRun();
    render(
      <IdleRoot className="embed" screen="explore">
        <span data-testid="root" />
      </IdleRoot>,
    );
    expect(root().dataset.tab).toBe('explore');
    act(() => void useAppStore.getState().completeRun(id, trace()));
    // No comparison ever runs in an embed; the explorer's run is what is on screen.
    await waitFor(() => expect(root().dataset.idle).toBe('true'), { timeout: 15_000 });
  }, 20_000);
});
