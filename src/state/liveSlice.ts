import type { LiveProgress, LiveReport } from '../live/types';
import type { Trace } from '../trace/types';
import {
  checkFault,
  DEFAULT_FAULT_SETTINGS,
  type FaultKey,
  type FaultProblem,
  type FaultSettings,
} from './liveFaults';
import { parseNumber } from './parse';
import type { SliceCreator } from './types';
import { finished, isCurrentJob, withJob } from './job';

/** The Live screen's faults and results; its job is `jobs.live` (see ./jobSlice). */
export interface LiveSlice {
  /** The last live run that finished (or was cancelled); kept while a newer one runs or after one fails. */
  readonly liveReport: LiveReport | null;
  /** The simulation of the same scenario as `liveReport`, drawn under it. */
  readonly liveSimTrace: Trace | null;
  /** The fault controls' accepted values. */
  readonly liveFaults: FaultSettings;
  /** Raw text of fault boxes being typed in; absent when the box shows the accepted value. */
  readonly liveFaultDrafts: Partial<Record<FaultKey, string>>;
  /** Why a fault box's text was refused; any entry here disables Run. */
  readonly liveFaultErrors: Partial<Record<FaultKey, FaultProblem>>;
  /** The current run's last progress report; null before its first. */
  readonly liveProgress: LiveProgress | null;
  /** Starts a live run (making every earlier one stale, and clearing the last one's counts); returns its id. */
  readonly beginLive: () => number;
  /** The counts of the live job `runId` (its job's progress is the share of tasks ended); false when stale. */
  readonly reportLiveProgress: (runId: number, progress: LiveProgress) => boolean;
  readonly completeLive: (runId: number, report: LiveReport, simTrace: Trace) => boolean;
  /** Sets a fault from typed text: accepted when valid; the text and the reason are kept otherwise. */
  readonly setLiveFaultText: (key: FaultKey, text: string) => boolean;
  /** Drops a fault box's draft and error: it shows the accepted value again. */
  readonly revertLiveFault: (key: FaultKey) => void;
  readonly setLiveCrash: (on: boolean) => void;
}

const without = <T>(map: Partial<Record<FaultKey, T>>, key: FaultKey): Partial<Record<FaultKey, T>> => {
  const copy = { ...map };
  delete copy[key];
  return copy;
};

export const createLiveSlice: SliceCreator<LiveSlice> = (set, get) => {
  return {
    liveReport: null,
    liveSimTrace: null,
    liveFaults: DEFAULT_FAULT_SETTINGS,
    liveFaultDrafts: {},
    liveFaultErrors: {},
    liveProgress: null,
    beginLive: () => {
      set({ liveProgress: null });
      return get().beginJob('live');
    },
    reportLiveProgress: (runId, progress) => {
      const s = get();
      if (!isCurrentJob(s, 'live', runId)) return false;
      const ended = progress.total > 0 ? (progress.done + progress.failed) / progress.total : 0;
      const job = s.jobs.live;
      const fraction = Math.min(1, Math.max(job.progress, ended));
      set({ liveProgress: progress, ...withJob(s, 'live', { ...job, progress: fraction }) });
      return true;
    },
    completeLive: (runId, report, simTrace) => {
      const patch = finished(get(), 'live', runId, { liveReport: report, liveSimTrace: simTrace });
      if (patch) set(patch);
      return patch !== null;
    },
    setLiveFaultText: (key, text) => {
      const value = parseNumber(text);
      const problem = checkFault(key, value);
      const s = get();
      if (problem !== null || value === null) {
        set({
          liveFaultDrafts: { ...s.liveFaultDrafts, [key]: text },
          liveFaultErrors: { ...s.liveFaultErrors, [key]: problem ?? { code: 'number' } },
        });
        return false;
      }
      set({
        liveFaults: { ...s.liveFaults, [key]: value },
        liveFaultDrafts: { ...s.liveFaultDrafts, [key]: text },
        liveFaultErrors: without(s.liveFaultErrors, key),
      });
      return true;
    },
    revertLiveFault: (key) =>
      set({
        liveFaultDrafts: without(get().liveFaultDrafts, key),
        liveFaultErrors: without(get().liveFaultErrors, key),
      }),
    setLiveCrash: (crashOn) => set({ liveFaults: { ...get().liveFaults, crashOn } }),
  };
};
