import type { CalloutKind } from '../trace/callouts';
import { nextTime, previousTime } from '../trace/eventTimes';
import { traceExtent } from '../trace/extent';
import type { Trace } from '../trace/types';
import type { SliceCreator } from './types';

/** Playback speeds, relative to the run's real time (1 = a 3 s run plays in 3 s). */
export const PLAYBACK_SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4, 8, 16];

/** A learner's guess of the makespan for one scenario (`key`), or a skip (`guessMs` null). */
export interface Prediction {
  readonly key: string;
  readonly guessMs: number | null;
}

export interface PlaybackSlice {
  /** The playback cursor, ms from the run's start; null before playback is used (no cursor drawn). */
  readonly cursor: number | null;
  readonly playing: boolean;
  readonly speed: number;
  /** The task whose source line is highlighted. */
  readonly selectedTask: string | null;
  /** Callout kinds the user turned off. */
  readonly hiddenCallouts: readonly CalloutKind[];
  /** "Predict first": hide each new run's result until the learner guesses or skips. */
  readonly predictFirst: boolean;
  readonly prediction: Prediction | null;
  /** Moves the cursor, clamped to [0, end]; null removes it. Non-finite times are ignored. */
  readonly setCursor: (t: number | null, end: number) => void;
  /** Starts playing; from the start again if the cursor is at the end (or unset). */
  readonly play: (end: number) => void;
  readonly pause: () => void;
  /** Moves the cursor by `realMs` of wall time at the current speed; stops at `end`. */
  readonly advance: (realMs: number, end: number) => void;
  /** Ignored unless `speed` is one of {@link PLAYBACK_SPEEDS}. */
  readonly setSpeed: (speed: number) => void;
  /** Jumps to the next (+1) or previous (-1) time in `times` (sorted), pausing playback. */
  readonly stepEvent: (direction: 1 | -1, times: ArrayLike<number>) => void;
  readonly selectTask: (id: string | null) => void;
  readonly toggleCallout: (kind: CalloutKind) => void;
  readonly setPredictFirst: (on: boolean) => void;
  readonly setPrediction: (prediction: Prediction | null) => void;
}

const clamp = (t: number, end: number) => Math.min(Math.max(0, t), Math.max(0, end));

/**
 * The cursor for a newly shown trace, in the same update that shows it: a cursor past the new run's end moves to
 * that end and playback stops, so the slider, the chart and the "What Python is doing" panel never read a time the
 * trace on screen does not have. Empty when nothing has to change.
 */
export function cursorInto(
  s: Pick<PlaybackSlice, 'cursor'>,
  trace: Trace | null,
): Partial<Pick<PlaybackSlice, 'cursor' | 'playing'>> {
  return trace === null || s.cursor === null ? {} : cursorUpTo(s, traceExtent(trace)[1]);
}

/** {@link cursorInto} for runs that end at `end`, ms (Compare plays its runs over the longest one). */
export function cursorUpTo(
  s: Pick<PlaybackSlice, 'cursor'>,
  end: number,
): Partial<Pick<PlaybackSlice, 'cursor' | 'playing'>> {
  return s.cursor !== null && s.cursor > end ? { cursor: end, playing: false } : {};
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => ({
  cursor: null,
  playing: false,
  speed: 1,
  selectedTask: null,
  hiddenCallouts: [],
  predictFirst: false,
  prediction: null,
  setCursor: (t, end) => {
    if (t !== null && !Number.isFinite(t)) return;
    set({ cursor: t === null ? null : clamp(t, end) });
  },
  play: (end) => {
    const { cursor } = get();
    set({ playing: end > 0, cursor: cursor === null || cursor >= end ? 0 : cursor });
  },
  pause: () => set({ playing: false }),
  advance: (realMs, end) => {
    const { cursor, speed, playing } = get();
    if (!playing || !(realMs > 0)) return;
    const next = (cursor ?? 0) + realMs * speed;
    set(next >= end ? { cursor: Math.max(0, end), playing: false } : { cursor: next });
  },
  setSpeed: (speed) => {
    if (PLAYBACK_SPEEDS.includes(speed)) set({ speed });
  },
  stepEvent: (direction, times) => {
    const at = get().cursor;
    const t = direction === 1 ? nextTime(times, at ?? -Infinity) : previousTime(times, at ?? 0);
    set(t === null ? { playing: false } : { cursor: t, playing: false });
  },
  selectTask: (selectedTask) => set({ selectedTask }),
  toggleCallout: (kind) => {
    const hidden = get().hiddenCallouts;
    set({ hiddenCallouts: hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind] });
  },
  setPredictFirst: (predictFirst) => set({ predictFirst }),
  setPrediction: (prediction) => set({ prediction }),
});
