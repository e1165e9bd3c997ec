import { describe, expect, it } from 'vitest';
import type { GanttItem } from './layoutTypes';
import { barPaths, markerPaths } from './paths';
import { buildStack } from './stack';
import { stackPaths } from './stackPaths';

const item = (
  label: string,
  start: number,
  end: number,
  state: GanttItem['state'] = 'running',
): GanttItem => ({
  state,
  start,
  end,
  band: 'main',
  who: { kind: 'named', name: label },
  where: null,
  share: null,
});
const box = { top: 4, height: 14 };
const x = (ms: number) => ms; // 1 px per ms
const rects = (d: string | undefined) => (d ?? '').split('M').length - 1;

describe('bar paths', () => {
  it('merges thousands of sub-pixel runs into few rectangles', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => item(`task ${i}`, i * 0.05, i * 0.05 + 0.02));
    expect(rects(barPaths(items, 'main', x, 1000, box).get('running'))).toBe(1);
  });

  it('keeps a gap between touching bars of different tasks, none within one task', () => {
    const two = barPaths([item('a', 0, 50), item('b', 50, 100)], 'main', x, 200, box).get('running');
    expect(rects(two)).toBe(2);
    const one = barPaths([item('a', 0, 50), item('a', 50, 100)], 'main', x, 200, box).get('running');
    expect(rects(one)).toBe(1);
  });

  it('draws queued as a line and clips to the plot', () => {
    const d = barPaths([item('a', -500, 5000, 'queued')], 'main', x, 300, box).get('queued');
    expect(d).toBe('M-1 11H301');
  });
});

describe('markers', () => {
  it('drops markers out of view and those crowding the previous one', () => {
    const markers = [0, 1, 2, 10, 400].map((time) => ({ kind: 'suspend' as const, time }));
    expect(rects(markerPaths(markers, new Set(['suspend']), x, 300, box).get('suspend'))).toBe(2);
  });
});

describe('stacked areas', () => {
  it('keeps a lone waiting task visible on a scale made for thousands', () => {
    const stack = buildStack([{ state: 'suspended', start: 0, end: 100 }], ['suspended']);
    expect(stackPaths(stack, ['suspended'], x, 200, { top: 0, height: 10 }, 5000).get('suspended')).toMatch(
      /^M0 8.5H100V10H0Z$/,
    );
  });

  it('stacks waiting states bottom to top', () => {
    const stack = buildStack(
      [
        { state: 'ready', start: 0, end: 100 },
        { state: 'suspended', start: 0, end: 100 },
        { state: 'suspended', start: 100, end: 200 },
      ],
      ['ready', 'suspended'],
    );
    const paths = stackPaths(stack, ['ready', 'suspended'], x, 200, { top: 0, height: 1000 }, 1000);
    expect(paths.get('ready')).toMatch(/^M0 999/);
    expect(paths.get('suspended')).toMatch(/^M0 998/);
  });
});
