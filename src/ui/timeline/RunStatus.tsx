import { useShallow } from 'zustand/react/shallow';
import { selectRunStatus, selectScenario, useAppStore } from '../../state';
import { formatCount } from '../summary/format';

/**
 * A worker run's progress, floating over the top of the timeline (so it never pushes the drawing down) while
 * the previous drawing stays, dimmed; nothing while idle or for instant main-thread runs.
 */
export function RunProgress() {
  const { status, progress, thread } = useAppStore(useShallow(selectRunStatus));
  const tasks = useAppStore(selectScenario).params.tasks;
  const running = status === 'running' && thread === 'worker';
  return (
    <div className="run-progress" role="status" aria-live="polite">
      {running && (
        <span className="run-progress-pill">
          Simulating {formatCount(tasks)} tasks in a worker…
          <progress max={1} value={progress > 0 ? progress : undefined} aria-label="Simulation progress" />
        </span>
      )}
    </div>
  );
}

/** Why the last run failed, above the drawing, which still shows the last good run. */
export function RunError() {
  const { status, error } = useAppStore(useShallow(selectRunStatus));
  if (status !== 'error') return null;
  return (
    <div className="run-error" role="alert">
      <strong>⚠ This run failed:</strong> {error} <span className="muted">The last good run stays on screen.</span>
    </div>
  );
}
