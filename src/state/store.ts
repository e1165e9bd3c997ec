import { create } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { AppState } from './types';
import { createScenarioSlice } from './scenarioSlice';
import { createJobSlice } from './jobSlice';
import { createRunSlice } from './runSlice';
import { createViewSlice } from './viewSlice';
import { createImportSlice } from './importSlice';
import { createLinkSlice } from './linkSlice';
import { createCompareSlice } from './compareSlice';
import { createScalingSlice } from './scalingSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createLiveSlice } from './liveSlice';
import { createProgramSlice } from './programSlice';
import { createChapterSlice } from './chapterSlice';

const initializer = (...a: Parameters<typeof createScenarioSlice>): AppState => ({
  ...createScenarioSlice(...a),
  ...createJobSlice(...a),
  ...createRunSlice(...a),
  ...createPlaybackSlice(...a),
  ...createImportSlice(...a),
  ...createViewSlice(...a),
  ...createLinkSlice(...a),
  ...createCompareSlice(...a),
  ...createScalingSlice(...a),
  ...createLiveSlice(...a),
  ...createProgramSlice(...a),
  ...createChapterSlice(...a),
});

/**
 * The app's one store. Read it with module-level selectors from `./selectors`, objects with `useShallow`.
 * @example const trace = useAppStore(selectTrace);
 */
export const useAppStore = create<AppState>()(initializer);

/** A fresh, independent store, for tests (the app and its embeds share `useAppStore`). */
export const createAppStore = () => createStore<AppState>()(initializer);

export type AppStore = typeof useAppStore;
