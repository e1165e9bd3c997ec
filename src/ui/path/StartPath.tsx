import { useT } from '../../i18n';
import { chapterMessages } from '../../i18n/messages/chapters';
import { useAppStore } from '../../state';

/** The way onto the guided path, above the flat list of strategies. */
export function StartPath() {
  const t = useT(chapterMessages);
  const openChapter = useAppStore((s) => s.openChapter);
  const onPath = useAppStore((s) => s.chapter !== null);
  if (onPath) return null;
  return (
    <div className="start-path">
      <button
        type="button"
        className="button button--primary start-path__button"
        onClick={() => openChapter('blocking')}
      >
        {t('start')}
      </button>
      <p className="param-help">{t('startHelp')}</p>
    </div>
  );
}
