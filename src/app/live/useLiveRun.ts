import { useCallback, useEffect, useRef } from 'react';
import { useAppStore } from '../../state';
import { simulateScenario } from '../../strategies';
import { loadLiveEngine, runLiveLoaded } from './liveEngine';
import { startLiveRun } from './liveRunner';

const deps = { runLive: runLiveLoaded, simulate: simulateScenario };

/**
 * Run and Cancel for the Live screen. Leaving the screen cancels a run on its way (its partial trace is kept):
 * a live run measures this tab, and the explorer's drawing on the same thread would show up in its timings.
 */
export function useLiveRun(): { readonly run: () => void; readonly cancel: () => void } {
  const current = useRef<AbortController | null>(null);
  useEffect(() => {
    // Fetch the engine while the user reads the screen, so Run starts at once.
    loadLiveEngine().catch(() => undefined);
    return () => current.current?.abort();
  }, []);
  const run = useCallback(() => {
    current.current?.abort();
    current.current = startLiveRun(useAppStore, deps);
  }, []);
  const cancel = useCallback(() => current.current?.abort(), []);
  return { run, cancel };
}
