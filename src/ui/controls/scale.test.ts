import { describe, expect, it } from 'vitest';
import { fromPosition, SLIDER_STEPS, snap, stepValue, toPosition } from './scale';

const tasks = { min: 1, max: 100_000, step: 1, log: true };
const jitter = { min: 0, max: 10_000, step: 1, log: false };

describe('slider scale', () => {
  it('maps the ends of the slider to the bounds', () => {
    expect(fromPosition(0, tasks)).toBe(1);
    expect(fromPosition(SLIDER_STEPS, tasks)).toBe(100_000);
    expect(toPosition(100_000, tasks)).toBe(SLIDER_STEPS);
    expect(toPosition(0, jitter)).toBe(0);
  });

  it('spreads a log scale by decades: the middle of 1…100 000 is near 316', () => {
    expect(fromPosition(SLIDER_STEPS / 2, tasks)).toBeGreaterThan(250);
    expect(fromPosition(SLIDER_STEPS / 2, tasks)).toBeLessThan(400);
  });

  it('round-trips values through positions closely', () => {
    for (const v of [1, 5, 37, 1000, 55_555]) {
      const back = fromPosition(toPosition(v, tasks), tasks);
      expect(Math.abs(back - v) / v).toBeLessThan(0.02);
    }
  });

  it('snaps to the step and the bounds', () => {
    expect(snap(3.7, jitter)).toBe(4);
    expect(snap(-5, jitter)).toBe(0);
    expect(snap(0.30000000000000004, { min: 0, max: 1, step: 0.1, log: false })).toBe(0.3);
  });

  it('arrow keys always move, by a step or about 10 %', () => {
    expect(stepValue(1, 'ArrowUp', tasks)).toBe(2);
    expect(stepValue(10, 'ArrowRight', tasks)).toBe(11);
    expect(stepValue(1000, 'ArrowUp', tasks)).toBe(1100);
    expect(stepValue(1000, 'ArrowDown', tasks)).toBe(909);
    expect(stepValue(1, 'ArrowDown', tasks)).toBe(1);
    expect(stepValue(50, 'ArrowLeft', jitter)).toBe(49);
  });

  it('Page keys and Home / End move far', () => {
    expect(stepValue(100, 'PageUp', tasks)).toBe(200);
    expect(stepValue(0, 'PageUp', jitter)).toBe(1000);
    expect(stepValue(500, 'Home', jitter)).toBe(0);
    expect(stepValue(500, 'End', jitter)).toBe(10_000);
  });
});
