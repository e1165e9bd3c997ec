import { useShallow } from 'zustand/react/shallow';
import { selectRunStatus, selectScenario, useAppStore } from '../../state';
import { formatCount } from '../summary/format';

/**
 * What the simulator is doing: nothing to say when idle, a progress bar while a run is on its way (a worker
 * run says so), and the reason when a run failed, with the previous picture kept on screen.
 */
export function RunStatus() {
  const { status, progress, error, thread } = useAppStore(useShallow(selectRunStatus));
  const tasks = useAppStore(selectScenario).params.tasks;
  if (status === 'error') {
    return (
      <div className="run-error" role="alert">
        <strong>⚠ This run failed:</strong> {error} <span className="muted">The last good run stays on screen.</span>
      </div>
    );
  }
  const running = status === 'running' && thread === 'worker';
  return (
    <div className="run-status" role="status" aria-live="polite">
      {running && (
        <>
          <span>Simulating {formatCount(tasks)} tasks in a background worker…</span>
          <progress max={1} value={progress > 0 ? progress : undefined} aria-label="Simulation progress" />
        </>
      )}
    </div>
  );
}
