import { describe, expect, it } from 'vitest';
import { formatMs, formatSpan, tickFormat } from './format';
import { clampDomain, panToShow, timeAxis, zoomBy } from './zoom';

describe('time formatting', () => {
  it('formats times for people', () => {
    expect([0, 1.25, 12.34, 3012, 12_500].map(formatMs)).toEqual([
      '0 ms',
      '1.25 ms',
      '12.3 ms',
      '3,012 ms',
      '12.5 s',
    ]);
  });

  it('keeps brief spans distinguishable', () => {
    expect(formatSpan(5400, 5400.1)).toEqual(['5,400 ms', '5,400.1 ms']);
    expect(formatSpan(12, 3012)).toEqual(['12 ms', '3,012 ms']);
  });

  it('labels ticks in ms or s as the range fits', () => {
    const ms = tickFormat([0, 200, 400]);
    expect([0, 200].map(ms)).toEqual(['0 ms', '200 ms']);
    expect(tickFormat([0, 500, 1000])(500)).toBe('0.5 s');
    const s = tickFormat([0, 1500, 3000]);
    expect([0, 1500, 3000].map(s)).toEqual(['0 s', '1.5 s', '3 s']);
    expect(tickFormat([0, 0.5, 1])(0.5)).toBe('0.5 ms');
  });

  it('rounds the whole run out to nice ticks, but keeps a zoomed range as chosen', () => {
    const whole = timeAxis(null, [0, 3020], 600);
    expect(whole.scale.domain()).toEqual([0, 3500]);
    expect(whole.ticks.map(whole.format)).toContain('1.5 s');
    const zoomed = timeAxis([12, 47], [0, 3020], 600);
    expect(zoomed.scale.domain()).toEqual([12, 47]);
    expect(zoomed.format(20)).toBe('20 ms');
  });
});

describe('zoom', () => {
  it('zooms around a centre and back out to the whole run', () => {
    expect(zoomBy([0, 1000], 2, 500, [0, 1000])).toEqual([250, 750]);
    expect(zoomBy([0, 1000], 2, 0, [0, 1000])).toEqual([0, 500]);
    expect(zoomBy([250, 750], 0.5, 500, [0, 1000])).toBeNull();
  });

  it('keeps ranges inside the run', () => {
    expect(clampDomain(900, 1200, [0, 1000])).toEqual([700, 1000]);
    expect(clampDomain(500, 500, [0, 1000])).toEqual([499.995, 500.005]);
    expect(clampDomain(-5, 2000, [0, 1000])).toBeNull();
  });

  it('pans to show an item out of view', () => {
    expect(panToShow([0, 100], 50, 60, [0, 1000])).toEqual([0, 100]);
    expect(panToShow([0, 100], 500, 520, [0, 1000])).toEqual([460, 560]);
  });
});
