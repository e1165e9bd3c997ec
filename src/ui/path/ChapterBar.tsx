import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { chapterMessages } from '../../i18n/messages/chapters';
import { linkFor } from '../../state/link/registry';
import {
  CHAPTER_IDS,
  getChapter,
  isChapterId,
  nextChapter,
  previousChapter,
} from '../../strategies/chapters';
import { useAppStore } from '../../state';
import { chapterKey } from './chapterKeys';
import './path.css';

/**
 * The guided path above the work: which chapter, its story, and the way on. When the learner picks another
 * strategy the bar says the chapter was left and offers the way back.
 */
export function ChapterBar() {
  const t = useT(chapterMessages);
  const { chapter, strategy, openChapter, leaveChapter } = useAppStore(
    useShallow((s) => ({
      chapter: s.chapter,
      strategy: s.scenario.strategy,
      openChapter: s.openChapter,
      leaveChapter: s.leaveChapter,
    })),
  );
  if (chapter === null) return null;
  const n = CHAPTER_IDS.indexOf(chapter) + 1;
  const onIt = getChapter(chapter).strategy === strategy;
  const next = nextChapter(chapter);
  const previous = previousChapter(chapter);
  const key = chapterKey(chapter);
  const link = () => {
    const url = new URL(window.location.href);
    url.search = linkFor(useAppStore.getState());
    return url.toString();
  };
  return (
    <section className="chapter-bar panel" aria-labelledby="chapter-title" data-chapter={chapter}>
      <div className="chapter-bar__head">
        <p className="chapter-bar__path">
          {t('pathName')} · {t('position', { n, count: CHAPTER_IDS.length })}
        </p>
        <label className="chapter-bar__choose">
          <span className="visually-hidden">{t('choose')}</span>
          <select
            className="select-box"
            value={chapter}
            onChange={(e) => {
              if (isChapterId(e.target.value)) openChapter(e.target.value);
            }}
          >
            {CHAPTER_IDS.map((id, i) => (
              <option key={id} value={id}>
                {i + 1}. {t(`title_${chapterKey(id)}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h2 id="chapter-title" className="chapter-bar__title">
        {t(`title_${key}`)}
      </h2>
      {onIt ? (
        <p className="chapter-bar__story">{t(`story_${key}`)}</p>
      ) : (
        <p className="chapter-bar__story" role="status">
          {t('left', { n })}{' '}
          <button type="button" className="button button-small" onClick={() => openChapter(chapter)}>
            {t('back', { n })}
          </button>
        </p>
      )}
      <div className="chapter-bar__actions">
        {previous && (
          <button type="button" className="button" onClick={() => openChapter(previous)}>
            ← {t('previous')}
          </button>
        )}
        {next ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => openChapter(next)}
            data-next-chapter={next}
          >
            {t('next')} →
          </button>
        ) : (
          <span className="chapter-bar__end">{t('finish')}</span>
        )}
        <a className="chapter-bar__link" href={link()}>
          {t('link')}
        </a>
        <button type="button" className="button chapter-bar__leave" onClick={leaveChapter}>
          {t('leave')}
        </button>
      </div>
    </section>
  );
}
