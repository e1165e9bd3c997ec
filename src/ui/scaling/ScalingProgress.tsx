import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { scalingMessages } from '../../i18n/messages/scaling';
import { selectScalingActions, selectScalingResult, selectScalingRun, useAppStore } from '../../state';
import { runProblemText } from '../timeline/runProblemText';

/** The sweep's progress bar with Cancel; after a cancel or a failure, what happened and a way to run again. */
export function ScalingProgress({ onRerun }: { readonly onRerun: () => void }) {
  const t = useT(scalingMessages);
  const lang = useLang();
  const run = useAppStore(useShallow(selectScalingRun));
  const hasResult = useAppStore((s) => selectScalingResult(s) !== null);
  const { cancelScaling } = useAppStore(useShallow(selectScalingActions));
  const percent = Math.round(run.progress * 100);
  if (run.status === 'running') {
    return (
      <div className="scl-progress" role="status">
        <progress max={100} value={percent} aria-label={t('computing', { percent })} />
        <span className="scl-progress-text">{t('computing', { percent })}</span>
        <button type="button" className="button button-small" onClick={cancelScaling}>
          {t('cancel')}
        </button>
      </div>
    );
  }
  if (run.status === 'cancelled' || run.status === 'error') {
    return (
      <div className="scl-progress" role={run.status === 'error' ? 'alert' : 'status'}>
        <span className={run.status === 'error' ? 'cmp-error' : 'scl-progress-text'}>
          {run.status === 'error'
            ? t('failed', { message: run.error ? runProblemText(run.error, lang) : '' })
            : t(hasResult ? 'cancelled' : 'cancelledEmpty')}
        </span>
        <button type="button" className="button button-small" onClick={onRerun}>
          {t('runAgain')}
        </button>
      </div>
    );
  }
  return null;
}
