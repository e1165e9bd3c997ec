import type { LiveFaults } from '../live/types';

/** The fault controls as the user sets them: percentages and milliseconds, and whether a worker crashes. */
export interface FaultSettings {
  readonly failPct: number;
  readonly hangPct: number;
  readonly timeoutMs: number;
  readonly crashOn: boolean;
  readonly crashAtMs: number;
}

/** A fault control the user types into. */
export type FaultKey = 'failPct' | 'hangPct' | 'timeoutMs' | 'crashAtMs';
export const FAULT_KEYS: readonly FaultKey[] = ['failPct', 'hangPct', 'timeoutMs', 'crashAtMs'];

/** Why a typed fault value was refused; the UI words it in the user's language. */
export type FaultProblem =
  | { readonly code: 'number' }
  | { readonly code: 'range'; readonly min: number; readonly max: number; readonly whole: boolean };

/** Bounds of each fault value; percentages may have decimals, times are whole milliseconds. */
export const FAULT_BOUNDS: Readonly<
  Record<FaultKey, { readonly min: number; readonly max: number; readonly whole: boolean }>
> = {
  failPct: { min: 0, max: 100, whole: false },
  hangPct: { min: 0, max: 100, whole: false },
  timeoutMs: { min: 50, max: 60_000, whole: true },
  crashAtMs: { min: 0, max: 60_000, whole: true },
};

/** No faults: every request answers, a generous timeout, no crash. */
export const DEFAULT_FAULT_SETTINGS: FaultSettings = {
  failPct: 0,
  hangPct: 0,
  timeoutMs: 15_000,
  crashOn: false,
  crashAtMs: 500,
};

/**
 * Why `value` cannot be used for `key`, or null when it can.
 * @example checkFault('failPct', 150) // { code: 'range', min: 0, max: 100, whole: false }
 */
export function checkFault(key: FaultKey, value: number | null): FaultProblem | null {
  if (value === null || !Number.isFinite(value)) return { code: 'number' };
  const { min, max, whole } = FAULT_BOUNDS[key];
  if (value < min || value > max || (whole && !Number.isInteger(value)))
    return { code: 'range', min, max, whole };
  return null;
}

/**
 * What `runLive` is given: probabilities from percentages, and a crash time only when the box is ticked.
 * @example toLiveFaults({ ...DEFAULT_FAULT_SETTINGS, failPct: 10 }).failRate // 0.1
 */
export function toLiveFaults(settings: FaultSettings): LiveFaults {
  return {
    failRate: settings.failPct / 100,
    hangRate: settings.hangPct / 100,
    timeoutMs: settings.timeoutMs,
    crashAtMs: settings.crashOn ? settings.crashAtMs : null,
  };
}
