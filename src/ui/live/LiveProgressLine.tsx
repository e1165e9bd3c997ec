import { useLang } from '../../i18n';
import { selectLiveProgress, useAppStore } from '../../state';
import { progressText } from './liveText';

/** The run's progress in words (done / failed / total, time so far), announced politely as it changes. */
export function LiveProgressLine() {
  const lang = useLang();
  const progress = useAppStore(selectLiveProgress);
  const running = useAppStore((s) => s.liveStatus === 'running');
  const shown = running || progress !== null;
  return (
    <p
      className="live-progress"
      data-testid="live-progress"
      data-running={running ? 'true' : 'false'}
      data-done={progress?.done}
      data-failed={progress?.failed}
      data-total={progress?.total}
      aria-live="polite"
    >
      {shown && progressText(progress, lang)}
    </p>
  );
}
