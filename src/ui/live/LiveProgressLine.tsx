import { useShallow } from 'zustand/react/shallow';
import { useLang } from '../../i18n';
import { useAppStore } from '../../state';
import { finalProgress, progressText } from './liveText';

/**
 * The run's progress in words (done / failed / total, time so far), announced politely as it changes; once
 * the run has ended, its final tally from the trace.
 */
export function LiveProgressLine() {
  const lang = useLang();
  const { status, progress, report } = useAppStore(
    useShallow((s) => ({ status: s.jobs.live.status, progress: s.liveProgress, report: s.liveReport })),
  );
  const running = status === 'running';
  const shown = running || status === 'error' ? progress : report && finalProgress(report);
  return (
    <p
      className="live-progress"
      data-testid="live-progress"
      data-running={running ? 'true' : 'false'}
      data-done={shown?.done}
      data-failed={shown?.failed}
      data-total={shown?.total}
      aria-live="polite"
    >
      {(running || shown) && progressText(shown ?? null, lang)}
    </p>
  );
}
