import { describe, expect, it } from 'vitest';
import type { SweepSeries } from '../../strategies/scalingTypes';
import { hiddenCurves } from './hiddenCurves';

const curve = (strategy: SweepSeries['strategy'], makespans: readonly number[]): SweepSeries => ({
  axis: 'tasks',
  strategy,
  points: makespans.map((m, i) => ({ x: 10 ** i, makespanMs: m, throughputPerS: 10 ** i / (m / 1000) })),
});

describe('hiddenCurves', () => {
  it('names a curve that a later one covers, with the one on top and where', () => {
    const series = [
      curve('sequential', [300, 3000, 30000, 300000]),
      curve('asyncio-gather', [150, 303, 310, 400]),
      curve('thread-pool', [300, 304, 312, 404]),
    ];
    expect(hiddenCurves(series)).toEqual([
      { hidden: 'asyncio-gather', by: 'thread-pool', from: 10, to: 1000 },
    ]);
  });

  it('says nothing when the curves part at most points, or share none', () => {
    expect(
      hiddenCurves([
        curve('asyncio-gather', [303, 310, 400, 500]),
        curve('thread-pool', [303, 620, 900, 1200]),
      ]),
    ).toEqual([]);
    const apart: SweepSeries = {
      ...curve('thread-pool', [303]),
      points: [{ x: 7, makespanMs: 303, throughputPerS: 1 }],
    };
    expect(hiddenCurves([curve('asyncio-gather', [303]), apart])).toEqual([]);
  });

  it('a curve covered by several is named once, with the topmost', () => {
    const series = [
      curve('asyncio-gather', [300, 310]),
      curve('thread-pool', [301, 311]),
      curve('process-pool', [302, 312]),
    ];
    expect(hiddenCurves(series).map((h) => [h.hidden, h.by])).toEqual([
      ['asyncio-gather', 'process-pool'],
      ['thread-pool', 'process-pool'],
    ]);
  });
});
