/** Module-level selectors of the live slice; the object ones are meant for `useShallow`. */
import type { AppState } from './types';

export const selectLiveStatus = (s: AppState) => s.jobs.live.status;
export const selectLiveProgress = (s: AppState) => s.liveProgress;
export const selectLiveError = (s: AppState) => s.jobs.live.error;
export const selectLiveFaults = (s: AppState) => s.liveFaults;
/** How many fault boxes hold a refused value (Run is disabled while any do). */
export const selectLiveFaultErrorCount = (s: AppState) => Object.keys(s.liveFaultErrors).length;

/** The last live result: the report and the simulation it is drawn against, for `useShallow`. */
export const selectLiveResult = (s: AppState) => ({ report: s.liveReport, simTrace: s.liveSimTrace });

/** The live slice's actions, for `useShallow` (their identities never change). */
export const selectLiveActions = (s: AppState) => ({
  setLiveFaultText: s.setLiveFaultText,
  revertLiveFault: s.revertLiveFault,
  setLiveCrash: s.setLiveCrash,
});
