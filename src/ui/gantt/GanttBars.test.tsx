// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GanttChart } from './GanttChart';
import { layoutGantt } from './layout';
import type { GanttView } from './layoutTypes';
import { rowPaths } from './rowPaths';
import { mainBand } from './shapes';
import { pathBox } from './testing/svgBoxes';
import { asyncioTrace, processPoolTrace, threadPoolTrace } from './testTraces';
import type { Trace } from '../../trace/types';

afterEach(cleanup);

const draw = (trace: Trace, view: GanttView) =>
  render(<GanttChart trace={trace} view={view} domain={null} onDomainChange={() => {}} />).container;

/** Sub-path boxes of a path, rounded, as sortable text. */
const boxes = (d: string | null | undefined) =>
  (d ?? '')
    .split(/(?=M)/)
    .map(pathBox)
    .filter((b) => b !== null)
    .map((b) => b.map((v) => v.toFixed(1)).join(' '))
    .sort();

describe('GanttBars: every row of a state in one path', () => {
  const cases: [string, Trace, GanttView][] = [
    ['asyncio-gather, tasks', asyncioTrace(8), 'tasks'],
    ['thread pool, tasks (blocked: hatched)', threadPoolTrace(10, 4), 'tasks'],
    ['thread pool, lanes (waiting bands, queue line)', threadPoolTrace(10, 4), 'lanes'],
    ['process pool, lanes (start-up: hatched)', processPoolTrace(6, 3), 'lanes'],
  ];

  it.each(cases)(
    '%s: a row drawn in the shared paths is the row drawn on its own, moved down',
    (_, trace, view) => {
      const layout = layoutGantt(trace, view);
      const scale = {
        height: layout.rowHeight,
        d0: 0,
        d1: layout.extent[1],
        width: 600,
        showEvents: true,
        stackMax: layout.stackMax,
        queueMax: layout.queueMax,
      };
      let compared = 0;
      layout.rows.forEach((row, i) => {
        const alone = rowPaths(row, 0, scale);
        const placed = rowPaths(row, i, scale);
        const dy = i * layout.rowHeight;
        for (const part of ['waits', 'grouped', 'bars', 'marks'] as const)
          for (const [key, d] of alone[part]) {
            expect(boxes(placed[part].get(key as never)), `${part} ${key} row ${i}`).toEqual(
              boxes(d)
                .map((b) => shift(b, dy))
                .sort(),
            );
            compared++;
          }
        expect(boxes(placed.queue)).toEqual(
          boxes(alone.queue)
            .map((b) => shift(b, dy))
            .sort(),
        );
        // Patterns that keep their row's phase are drawn from the row's own path.
        for (const [state, d] of placed.phasedBars) expect(d).toBe(alone.bars.get(state));
      });
      expect(compared).toBeGreaterThan(layout.rows.length);
    },
  );

  it.each(cases)('%s: the chart draws one path per state for all its rows', (_, trace, view) => {
    const container = draw(trace, view);
    const layout = layoutGantt(trace, view);
    expect(container.querySelectorAll('.gantt-bars')).toHaveLength(1);
    expect(container.querySelectorAll('.gantt-svg [data-row]')).toHaveLength(layout.rows.length);
    for (const group of container.querySelectorAll('.gantt-bars > .gantt-bar'))
      expect(group.querySelectorAll(':scope > path:not(.gantt-bar__pattern)')).toHaveLength(1);
    const states = new Set(
      layout.rows.flatMap((r) => r.items.filter((s) => s.band === 'main').map((s) => s.state)),
    );
    for (const state of states)
      if (state !== 'done' && state !== 'failed')
        expect(container.querySelector(`.gantt-bars > .gantt-bar--${state}`), state).not.toBeNull();
  });

  it('hatched and start-up patterns are drawn per row, in the row’s own coordinates (their phase unchanged)', () => {
    for (const [trace, view, state] of [
      [threadPoolTrace(10, 4), 'tasks', 'blocked'],
      [processPoolTrace(6, 3), 'lanes', 'startup'],
    ] as const) {
      const container = draw(trace, view);
      const layout = layoutGantt(trace, view);
      const patterns = [...container.querySelectorAll(`.gantt-bar--${state} > .gantt-bar__pattern`)];
      const rows = layout.rows.flatMap((row, i) => (row.items.some((s) => s.state === state) ? [i] : []));
      expect(rows.length).toBeGreaterThan(1);
      expect(patterns.map((p) => p.getAttribute('transform'))).toEqual(
        rows.map((i) => `translate(0 ${i * layout.rowHeight})`),
      );
      // The row's own path: its bars in row 0's coordinates.
      const main = mainBand(layout.rowHeight, layout.rows[rows[0]].kind);
      const first = patterns[0].getAttribute('d') ?? '';
      expect(boxes(first).every((b) => Number(b.split(' ')[1]) >= main.top - 0.01)).toBe(true);
      expect(boxes(first).every((b) => Number(b.split(' ')[1]) < layout.rowHeight)).toBe(true);
      cleanup();
    }
  });
});

/** Moves a "x y w h" box text down by `dy`. */
function shift(box: string, dy: number): string {
  const [x, y, w, h] = box.split(' ').map(Number);
  return [x, y + dy, w, h].map((v) => v.toFixed(1)).join(' ');
}
