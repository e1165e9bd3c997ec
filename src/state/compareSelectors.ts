/** Module-level selectors for the Compare and Scaling screens (stable identities; objects via `useShallow`). */
import type { AppState } from './types';

export const selectCompareEntries = (s: AppState) => s.compareEntries;
export const selectCompareWork = (s: AppState) => s.compareWork;
export const selectCompareTraces = (s: AppState) => s.compareTraces;
export const selectCompareRun = (s: AppState) => ({ ...s.jobs.compare, baselineMs: s.compareBaselineMs });
export const selectCompareNotice = (s: AppState) => s.compareNotice;
export const selectCompareActions = (s: AppState) => ({
  setCompareWork: s.setCompareWork,
  setCompareJitterKind: s.setCompareJitterKind,
  setEntryPool: s.setEntryPool,
  setEntryStrategy: s.setEntryStrategy,
  addEntry: s.addEntry,
  removeEntry: s.removeEntry,
  applyPreset: s.applyPreset,
  dismissCompareNotice: s.dismissCompareNotice,
});
export const selectScalingRun = (s: AppState) => s.jobs.scaling;
export const selectScalingResult = (s: AppState) => s.scalingResult;
export const selectScalingStrategies = (s: AppState) => s.scalingStrategies;
export const selectScalingBase = (s: AppState) => s.scalingBase;
export const selectScalingActions = (s: AppState) => ({
  toggleScalingStrategy: s.toggleScalingStrategy,
  setScalingBase: s.setScalingBase,
  cancelScaling: s.cancelScaling,
});
