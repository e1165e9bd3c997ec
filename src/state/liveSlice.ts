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

export type LiveStatus = 'idle' | 'running' | 'error';

export interface LiveSlice {
  readonly liveStatus: LiveStatus;
  /** Id of the current live run; answers for any other id are stale and dropped. */
  readonly liveRunId: number;
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
  /** Why the current run could not start or finish; null unless status is 'error'. */
  readonly liveError: string | null;
  /** The current run's last progress report; null before its first. */
  readonly liveProgress: LiveProgress | null;
  /** Starts a live run (making every earlier one stale) and returns its id. */
  readonly beginLive: () => number;
  readonly reportLiveProgress: (runId: number, progress: LiveProgress) => boolean;
  readonly completeLive: (runId: number, report: LiveReport, simTrace: Trace) => boolean;
  readonly failLive: (runId: number, message: string) => boolean;
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
  const ifCurrent = (runId: number, patch: Partial<LiveSlice>): boolean => {
    const s = get();
    if (runId !== s.liveRunId || s.liveStatus !== 'running') return false;
    set(patch);
    return true;
  };
  return {
    liveStatus: 'idle',
    liveRunId: 0,
    liveReport: null,
    liveSimTrace: null,
    liveFaults: DEFAULT_FAULT_SETTINGS,
    liveFaultDrafts: {},
    liveFaultErrors: {},
    liveError: null,
    liveProgress: null,
    beginLive: () => {
      const liveRunId = get().liveRunId + 1;
      set({ liveRunId, liveStatus: 'running', liveError: null, liveProgress: null });
      return liveRunId;
    },
    reportLiveProgress: (runId, progress) => ifCurrent(runId, { liveProgress: progress }),
    completeLive: (runId, report, simTrace) =>
      ifCurrent(runId, { liveStatus: 'idle', liveReport: report, liveSimTrace: simTrace }),
    failLive: (runId, message) => ifCurrent(runId, { liveStatus: 'error', liveError: message }),
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
