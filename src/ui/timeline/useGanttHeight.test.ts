import { describe, expect, it } from 'vitest';
import { presentChrome } from './useGanttHeight';

// A 1920 × 1080 window drawn at 1.5×: 720 unscaled px high.
describe('presentChrome: presentation mode measures what surrounds the Gantt', () => {
  it('shrinks the Gantt by what runs past the slide, in unscaled px', () => {
    // Asked for 720 − 440 = 280 px and drawn so; the timeline ends 90 screen px below the window: 60 px less.
    expect(presentChrome(440, 280, 1170, 1080, 1.5)).toBe(500);
  });
  it('shrinks from the height drawn when the Gantt stopped short of the one asked for', () => {
    // Asked for 720 px, drawn 360 (five rows at their tallest), 180 px too long: the Gantt gets 180.
    expect(presentChrome(0, 360, 1350, 1080, 1.5)).toBe(540);
  });
  it('gives unused space back to the Gantt', () => {
    expect(presentChrome(440, 280, 1020, 1080, 1.5)).toBe(400);
  });
  it('settles: a little space left at the foot is no change, and it never goes below zero', () => {
    expect(presentChrome(440, 280, 1080.4, 1080, 1)).toBe(440);
    expect(presentChrome(440, 280, 1070, 1080, 1)).toBe(440);
    expect(presentChrome(10, 1070, 0, 1080, 1)).toBe(0);
  });
});
