import { chapterScenario, type ChapterId } from '../strategies/chapters';
import type { SliceCreator } from './types';

export interface ChapterSlice {
  /** The guided-path chapter the learner opened, or null off the path. */
  readonly chapter: ChapterId | null;
  /** Opens a chapter: its scenario on the Explore tab, predict-first on, the cursor at the start. */
  readonly openChapter: (id: ChapterId) => void;
  readonly leaveChapter: () => void;
}

export const createChapterSlice: SliceCreator<ChapterSlice> = (set, get) => ({
  chapter: null,
  openChapter: (id) => {
    const state = get();
    state.loadScenario(chapterScenario(id));
    state.setTab('explore');
    set({ chapter: id, predictFirst: true, prediction: null, cursor: null, playing: false });
  },
  leaveChapter: () => set({ chapter: null }),
});
