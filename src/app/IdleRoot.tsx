import { useLayoutEffect, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useShownTrace, type AppState } from '../state';
import { useChunksReady } from './useChunksReady';

const selectIdleInputs = (s: AppState) => ({ status: s.status, runId: s.runId, trace: s.trace });

/**
 * The app's root element, carrying `data-app-root` and `data-idle`: "false" from the moment a run begins
 * (including the debounce before it starts), "true" once the run has finished (or failed) AND the page drawn
 * from it has been committed and painted. This component's layout effect runs after all of its children's, so
 * the whole tree has committed; two animation frames later the browser has laid out, run the ResizeObservers
 * (the charts measure themselves) and painted. It also waits for the lazily loaded chunks (charts, code), so
 * no placeholder is on screen. E2E tests wait for `[data-app-root][data-idle="true"]`.
 *
 * Its children are elements made by its parent, so its own re-render (when the signal flips) re-renders none
 * of them.
 */
export function IdleRoot({ className, children }: { readonly className: string; readonly children: ReactNode }) {
  const { status, runId, trace } = useAppStore(useShallow(selectIdleInputs));
  const chunksReady = useChunksReady();
  // The panels draw the deferred trace; it equals the store's only once their background render has committed.
  const shown = useShownTrace();
  const [painted, setPainted] = useState<{ readonly runId: number; readonly trace: unknown } | null>(null);
  useLayoutEffect(() => {
    if (status === 'running' || !chunksReady || shown !== trace) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setPainted({ runId, trace }));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [status, runId, trace, chunksReady, shown]);
  const idle = chunksReady && shown === trace && status !== 'running' && painted?.runId === runId && painted.trace === trace;
  return (
    <div className={className} data-app-root="" data-idle={idle ? 'true' : 'false'} data-run-status={status}>
      {children}
    </div>
  );
}
