/** Module-level selectors of the playback slice (objects are meant for `useShallow`). */
import type { AppState } from './types';

export const selectCursor = (s: AppState) => s.cursor;
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectSelectedTask = (s: AppState) => s.selectedTask;
export const selectHiddenCallouts = (s: AppState) => s.hiddenCallouts;
export const selectPredictFirst = (s: AppState) => s.predictFirst;
export const selectPrediction = (s: AppState) => s.prediction;

/** The playback slice's actions (their identities never change). */
export const selectPlaybackActions = (s: AppState) => ({
  setCursor: s.setCursor,
  play: s.play,
  pause: s.pause,
  advance: s.advance,
  setSpeed: s.setSpeed,
  stepEvent: s.stepEvent,
  selectTask: s.selectTask,
  toggleCallout: s.toggleCallout,
  setPredictFirst: s.setPredictFirst,
  setPrediction: s.setPrediction,
});
