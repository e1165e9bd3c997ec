import type { PatternIds } from './GanttDefs';
import type { ItemState } from './layoutTypes';
import { DRAW_ORDER, SHAPE } from './shapes';

/** One row's paths of states whose pattern must keep the row's phase, and where that row starts, px. */
export interface PhasedPaths {
  readonly dy: number;
  readonly paths: ReadonlyMap<ItemState, string>;
}

/**
 * Draws one path per state in {@link DRAW_ORDER}; hatched, start-up and callback shapes get their pattern on
 * top of the fill, queued areas (grouped rows) get dots. When `phased` is given (many rows in one path), the
 * patterns of the states it holds are drawn per row, each in its row's coordinates, so they look as they would
 * in a row of their own.
 */
export function StatePaths({
  paths,
  ids,
  area = false,
  phased,
}: {
  paths: ReadonlyMap<ItemState, string>;
  ids: PatternIds;
  area?: boolean;
  phased?: { readonly states: ReadonlySet<ItemState>; readonly rows: readonly PhasedPaths[] };
}) {
  return DRAW_ORDER.map((state) => {
    const d = paths.get(state);
    if (d === undefined) return null;
    const shape = area ? 'area' : SHAPE[state];
    const overlay =
      state === 'blocked'
        ? ids.hatch
        : state === 'startup'
          ? ids.startup
          : state === 'callback'
            ? ids.stripes
            : area && state === 'queued'
              ? ids.dots
              : null;
    const perRow = phased !== undefined && phased.states.has(state);
    return (
      <g key={state} className={`gantt-bar gantt-bar--${state} gantt-shape--${shape}`}>
        <path d={d} />
        {overlay !== null && !perRow && (
          <path className="gantt-bar__pattern" d={d} fill={`url(#${overlay})`} />
        )}
        {overlay !== null &&
          perRow &&
          phased.rows.map(({ dy, paths: own }) => {
            const rowD = own.get(state);
            return rowD === undefined ? null : (
              <path
                key={dy}
                className="gantt-bar__pattern"
                transform={`translate(0 ${dy})`}
                d={rowD}
                fill={`url(#${overlay})`}
              />
            );
          })}
      </g>
    );
  });
}
