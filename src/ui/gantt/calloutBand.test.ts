import { describe, expect, it } from 'vitest';
import { layoutCalloutBand, type BandCallout, type Box } from './calloutBand';
import { pillWidth, type GanttCallout } from './marks';

const x = (t: number) => t; // 1 px per ms

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Whether a leader's vertical line runs through a box. */
const leaderCrosses = (l: BandCallout['leader'], b: Box) =>
  l.x > b.x && l.x < b.x + b.w && l.y1 < b.y + b.h && l.y2 > b.y;

describe('pillWidth', () => {
  it('counts Chinese characters as wide', () => {
    expect(pillWidth('任务就绪')).toBeGreaterThan(pillWidth('task') + 15);
  });
});

describe('layoutCalloutBand', () => {
  it('takes no room when there is nothing to say', () => {
    expect(layoutCalloutBand([], null, x, 400)).toEqual({ height: 0, callouts: [], guess: null, dropped: 0 });
  });

  it('sizes the bracket by the time span, not by the text (1.5 ms of start-up in a 90 s run)', () => {
    const scale = (t: number) => (t / 90_000) * 800;
    const band = layoutCalloutBand(
      [{ kind: 'startup', time: 0, end: 1.5, label: 'process start-up (4 processes)' }],
      null,
      scale,
      800,
    );
    const [c] = band.callouts;
    expect(c.bracket.x1 - c.bracket.x0).toBeLessThan(0.1);
    expect(c.pill.w).toBe(pillWidth('process start-up (4 processes)'));
    // The pill starts at the span and its leader lands on the bracket.
    expect(c.pill.x).toBe(5);
    expect(c.leader).toEqual({ x: 0, y1: c.pill.y + c.pill.h / 2, y2: c.bracket.y, arm: 5 });
  });

  it('ends a pill at its span near the right edge', () => {
    const [c] = layoutCalloutBand([{ kind: 'a', time: 380, end: 390, label: 'late' }], null, x, 400).callouts;
    expect(c.pill.x + c.pill.w).toBe(385);
    expect(c.leader).toMatchObject({ x: 390, arm: 385 });
  });

  it('stacks overlapping callouts on tiers, none over another and no leader through another pill', () => {
    const callouts: GanttCallout[] = [
      { kind: 'a', time: 0, end: 300, label: 'a long label here' },
      { kind: 'b', time: 20, end: 40, label: 'another label' },
      { kind: 'c', time: 30, end: 35, label: 'third label' },
    ];
    const band = layoutCalloutBand(callouts, null, x, 600);
    // The latest sits lowest and b climbs over c's leader; a's long span takes its leader from its end.
    expect(band.callouts.map((c) => [c.callout.kind, c.tier])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(band.callouts[0].leader.x).toBe(300);
    for (const a of band.callouts)
      for (const b of band.callouts) {
        if (a === b) continue;
        expect(intersects(a.pill, b.pill)).toBe(false);
        expect(leaderCrosses(a.leader, b.pill), `${a.callout.kind}'s leader crosses ${b.callout.kind}`).toBe(
          false,
        );
      }
  });

  it('clips a span that runs off the view, and leaves out a callout wholly outside it', () => {
    const band = layoutCalloutBand(
      [
        { kind: 'a', time: -50, end: 100, label: 'x' },
        { kind: 'b', time: 500, end: 600, label: 'y' },
      ],
      null,
      x,
      400,
    );
    expect(band.callouts).toHaveLength(1);
    expect(band.callouts[0].bracket).toMatchObject({ x0: 0, x1: 100, openLeft: true, openRight: false });
  });

  it('counts what found no room in `maxTiers`', () => {
    const same = (kind: string): GanttCallout => ({ kind, time: 10, end: 20, label: 'crowded' });
    const band = layoutCalloutBand([same('a'), same('b'), same('c')], null, x, 400, { maxTiers: 2 });
    expect(band.callouts).toHaveLength(2);
    expect(band.dropped).toBe(1);
  });

  it('puts the guess in the band, and points at it from the edge when it lies beyond the view', () => {
    const band = layoutCalloutBand([], { time: 1e9, label: 'your guess' }, x, 400);
    expect(band.guess).toMatchObject({ text: 'your guess →', x: null });
    expect(band.guess!.pill.x + band.guess!.pill.w).toBeLessThanOrEqual(400);
    expect(band.height).toBeGreaterThan(band.guess!.pill.y + band.guess!.pill.h);
  });

  it('keeps every box inside the band and the plot, at any text scale (random callouts)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const width = 150 + rand() * 1500;
      const callouts = Array.from({ length: 1 + Math.floor(rand() * 8) }, (_, i) => {
        const time = rand() * 1200 - 100;
        return {
          kind: `k${i}`,
          time,
          end: time + rand() * 400,
          label: 'w'.repeat(1 + Math.floor(rand() * 40)),
        };
      });
      const scale = 1 + rand() * 0.35;
      const band = layoutCalloutBand(callouts, { time: rand() * 1500, label: 'guess' }, x, width, { scale });
      const boxes = [...band.callouts.map((c) => c.pill), ...(band.guess ? [band.guess.pill] : [])];
      for (const b of boxes) {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.w).toBeLessThanOrEqual(width + 1e-9);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.y + b.h).toBeLessThanOrEqual(band.height);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i], boxes[j])).toBe(false);
      for (const c of band.callouts) {
        expect(c.leader.x).toBeGreaterThanOrEqual(c.bracket.x0 - 1e-9);
        expect(c.leader.x).toBeLessThanOrEqual(c.bracket.x1 + 1e-9);
        // It reaches its pill: at the pill's edge (arm) or under it.
        if (c.leader.arm === null) expect(c.leader.y1).toBe(c.pill.y + c.pill.h);
        else expect([c.pill.x, c.pill.x + c.pill.w]).toContain(c.leader.arm);
        for (const o of boxes) if (o !== c.pill) expect(leaderCrosses(c.leader, o)).toBe(false);
      }
    }
  });
});
