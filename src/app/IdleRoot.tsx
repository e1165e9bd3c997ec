import { useLayoutEffect, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useFiguresReady, useShownTrace, type AppState, type AppTab } from '../state';
import { usePlaceholdersShown } from '../ui/chunks/placeholders';
import { useChunksReady } from './useChunksReady';

/** The user-timing mark set when the explorer's panels commit a new trace. */
export const DRAWN_MARK = 'awaitline:drawn';

/** What each screen draws from its job: the result its page shows. */
const resultOf = (s: AppState, tab: AppTab): unknown => {
  switch (tab) {
    case 'compare':
      return s.compareTraces;
    case 'scaling':
      return s.scalingResult;
    case 'live':
      // Only a live run makes the Live screen busy; its result (or nothing yet) is what it draws.
      return s.liveReport;
    case 'explore':
      // An imported trace is what the explorer draws while there is one.
      return s.imported?.trace ?? s.trace;
  }
};

/** What "done" means on the open screen: its job's status and id, and the result its page draws. */
const selectIdleInputs = (s: AppState, tab: AppTab) => {
  const { status, runId } = s.jobs[tab];
  // Compare and Scaling compute as they open: until every entry has its trace, or the first sweep has begun,
  // the screen is still on its way (its lazy chunk may not have mounted and begun the job yet).
  const pending =
    (status === 'idle' &&
      ((tab === 'compare' && s.compareEntries.some((e) => !s.compareTraces[e.key])) ||
        (tab === 'scaling' && runId === 0))) ||
    // A trace file being read (in the import worker) is on its way to the explorer.
    (tab === 'explore' && s.importReading !== null);
  return { tab, status: pending ? 'running' : status, runId, trace: resultOf(s, tab) };
};

/**
 * The app's root element, carrying `data-app-root` and `data-idle`: "false" from the moment a run begins
 * (including the debounce before it starts), "true" once the run has finished (or failed) AND the page drawn
 * from it has been committed and painted. This component's layout effect runs after all of its children's, so
 * the whole tree has committed; two animation frames later the browser has laid out, run the ResizeObservers
 * (the charts measure themselves) and painted. It also waits for the lazily loaded chunks (charts, code) and
 * for every placeholder shown meanwhile to have been replaced (ui/chunks/placeholders). E2E tests wait for
 * `[data-app-root][data-idle="true"]`.
 *
 * Its children are elements made by its parent, so its own re-render (when the signal flips) re-renders none
 * of them.
 */
export function IdleRoot({
  className,
  screen,
  children,
}: {
  readonly className: string;
  /** The screen this root shows whatever the store's tab (the embed shows only the explorer's chart). */
  readonly screen?: AppTab;
  readonly children: ReactNode;
}) {
  const { tab, status, runId, trace } = useAppStore(
    useShallow((s: AppState) => selectIdleInputs(s, screen ?? s.tab)),
  );
  const placeholders = usePlaceholdersShown();
  const chunksReady = useChunksReady() && placeholders === 0;
  // The explorer's panels draw the deferred trace; it equals the store's only once their background render has
  // committed. Compare, Scaling and Live draw their results directly.
  const deferred = useShownTrace();
  const shown = tab === 'explore' ? deferred : trace;
  // A large trace's figures follow its picture (state/lateFigures): not idle until they are on screen too.
  const figuresReady = useFiguresReady(tab === 'explore' ? deferred : null);
  const [painted, setPainted] = useState<{
    readonly tab: string;
    readonly runId: number;
    readonly trace: unknown;
  } | null>(null);
  // A user-timing mark when the explorer's panels have committed a new trace (simulated or imported) with its
  // figures: the whole new picture (Gantt, companions, summary; a large trace's figures come a moment after its
  // bars), for the benches that time a change to it (bench/frame.ts, bench/traceOpen.ts); nothing in the app reads it.
  useLayoutEffect(() => {
    if (tab !== 'explore' || !shown || !figuresReady) return;
    performance.clearMarks(DRAWN_MARK);
    performance.mark(DRAWN_MARK);
  }, [tab, shown, figuresReady]);
  useLayoutEffect(() => {
    if (status === 'running' || !chunksReady || shown !== trace || !figuresReady) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setPainted({ tab, runId, trace }));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [tab, status, runId, trace, chunksReady, shown, figuresReady]);
  const idle =
    chunksReady &&
    figuresReady &&
    shown === trace &&
    status !== 'running' &&
    painted?.tab === tab &&
    painted.runId === runId &&
    painted.trace === trace;
  return (
    <div
      className={className}
      data-app-root=""
      data-idle={idle ? 'true' : 'false'}
      data-run-status={status}
      data-tab={tab}
    >
      {children}
    </div>
  );
}
