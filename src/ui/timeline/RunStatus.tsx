import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectRunStatus, selectScenario, useAppStore } from '../../state';
import { useLang, useT } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import { runProblemText } from './runProblemText';

/**
 * A worker run's progress, floating over the top of the timeline (so it never pushes the drawing down) while
 * the previous drawing stays, dimmed; nothing while idle or for instant main-thread runs.
 */
export const RunProgress = memo(function RunProgress() {
  const { status, progress, thread } = useAppStore(useShallow(selectRunStatus));
  const tasks = useAppStore(selectScenario).params.tasks;
  const running = status === 'running' && thread === 'worker';
  const t = useT(timelineMessages);
  return (
    <div className="run-progress" role="status" aria-live="polite">
      {running && (
        <span className="run-progress-pill">
          {t('workerProgress', { count: tasks })}
          <progress max={1} value={progress > 0 ? progress : undefined} aria-label={t('progressLabel')} />
        </span>
      )}
    </div>
  );
});

/** Why the last run failed, above the drawing, which still shows the last good run. */
export const RunError = memo(function RunError() {
  const { status, error } = useAppStore(useShallow(selectRunStatus));
  const t = useT(timelineMessages);
  const lang = useLang();
  if (status !== 'error') return null;
  return (
    <div className="run-error" role="alert">
      <strong>{t('runFailed')}</strong> {error === null ? '' : runProblemText(error, lang)}{' '}
      <span className="muted">{t('lastGoodRun')}</span>
    </div>
  );
});
