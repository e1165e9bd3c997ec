import { CHAPTER_IDS, isChapterId, type ChapterId } from '../../strategies/chapters';
import { boundedValue } from './query';
import { urlFeature } from './types';

/**
 * `chapter=aiohttp`: a guided-path chapter, so a teacher can link (or embed) one chapter. Read before the
 * scenario, so a link's own `tasks=` or `latency=` still wins over the chapter's preset.
 */
export const chapterFeature = urlFeature<ChapterId | null>({
  keys: ['chapter'],
  read: (query) => {
    const read = query.take(['chapter']);
    if (!read) return undefined;
    const id = boundedValue(query, read)?.trim().toLowerCase() ?? '';
    if (isChapterId(id)) return id;
    query.reject(read, { code: 'choice', choices: CHAPTER_IDS });
    return undefined;
  },
  select: (state) => state.chapter,
  apply: (id, state) => {
    if (id !== null) state.openChapter(id);
  },
  write: (id) => (id === null ? [] : [['chapter', id]]),
});
