import { useT } from '../../i18n';
import { chapterMessages } from '../../i18n/messages/chapters';
import { useAppStore } from '../../state';
import { CHAPTER_IDS } from '../../strategies/chapters';
import { chapterKey } from '../../ui/path/chapterKeys';

/** An embedded chapter (`embed=1&chapter=pitfall`): its place on the path, title and story above the chart. */
export function EmbedChapter() {
  const t = useT(chapterMessages);
  const chapter = useAppStore((s) => s.chapter);
  if (chapter === null) return null;
  const key = chapterKey(chapter);
  return (
    <section className="embed-chapter" aria-labelledby="embed-chapter-title" data-chapter={chapter}>
      <p className="embed-chapter__path">
        {t('pathName')} · {t('position', { n: CHAPTER_IDS.indexOf(chapter) + 1, count: CHAPTER_IDS.length })}
      </p>
      <h2 id="embed-chapter-title" className="embed-chapter__title">
        {t(`title_${key}`)}
      </h2>
      <p className="embed-chapter__story">{t(`story_${key}`)}</p>
    </section>
  );
}
