import type { ParamSpec } from '../../strategies';

/** Slider positions run 0…SLIDER_STEPS; the value follows linearly or on a log scale. */
export const SLIDER_STEPS = 1000;

type Bounds = Pick<ParamSpec, 'min' | 'max' | 'step' | 'log'>;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Rounds to the spec's step (and to the step's decimals, so 0.1 + 0.2 shows as 0.3), within bounds. */
export function snap(value: number, spec: Bounds): number {
  const decimals = (String(spec.step).split('.')[1] ?? '').length;
  const stepped = Math.round((value - spec.min) / spec.step) * spec.step + spec.min;
  return clamp(Number(stepped.toFixed(decimals)), spec.min, spec.max);
}

/** Log scales shift by one so a range that starts at 0 (jitter, start-up) still works. */
const logSpan = (spec: Bounds) => Math.log1p(spec.max - spec.min);

/** Where a value sits on the slider, 0…SLIDER_STEPS. */
export function toPosition(value: number, spec: Bounds): number {
  const v = clamp(value, spec.min, spec.max);
  const fraction = spec.log
    ? Math.log1p(v - spec.min) / logSpan(spec)
    : (v - spec.min) / (spec.max - spec.min || 1);
  return Math.round(fraction * SLIDER_STEPS);
}

/** The value at a slider position, snapped to the spec's step. */
export function fromPosition(position: number, spec: Bounds): number {
  const fraction = clamp(position / SLIDER_STEPS, 0, 1);
  const raw = spec.log
    ? spec.min + Math.expm1(fraction * logSpan(spec))
    : spec.min + fraction * (spec.max - spec.min);
  return snap(raw, spec);
}

export type StepKey =
  'ArrowUp' | 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'PageUp' | 'PageDown' | 'Home' | 'End';
const STEP_KEYS = new Set<string>([
  'ArrowUp',
  'ArrowRight',
  'ArrowDown',
  'ArrowLeft',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);
export const isStepKey = (key: string): key is StepKey => STEP_KEYS.has(key);

/**
 * The value after a key press. Arrows move one step on linear scales and about 10 % on log scales (never
 * less than one step, so small counts still move); Page keys and Shift+arrow move ten times as far.
 * @example stepValue(10, 'ArrowUp', tasksSpec) // 11
 */
export function stepValue(value: number, key: StepKey, spec: Bounds, big = false): number {
  if (key === 'Home') return spec.min;
  if (key === 'End') return spec.max;
  const up = key === 'ArrowUp' || key === 'ArrowRight' || key === 'PageUp';
  const far = big || key === 'PageUp' || key === 'PageDown';
  let delta: number;
  if (spec.log) {
    const ratio = far ? 2 : 1.1;
    const target = up ? value * ratio : value / ratio;
    delta = Math.max(spec.step, Math.abs(target - value));
  } else {
    delta = far ? Math.max(spec.step, snap((spec.max - spec.min) / 10, { ...spec, min: 0 })) : spec.step;
  }
  const next = snap(up ? value + delta : value - delta, spec);
  // Rounding can land back on the start value; make sure a key press always moves when it can.
  if (next === value) return clamp(up ? value + spec.step : value - spec.step, spec.min, spec.max);
  return next;
}
