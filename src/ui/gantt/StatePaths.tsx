import type { PatternIds } from './GanttDefs';
import type { ItemState } from './layoutTypes';
import { DRAW_ORDER, SHAPE } from './shapes';

/**
 * Draws one path per state in {@link DRAW_ORDER}; hatched, start-up and callback shapes get their pattern on
 * top of the fill, queued areas (grouped rows) get dots.
 */
export function StatePaths({
  paths,
  ids,
  area = false,
}: {
  paths: ReadonlyMap<ItemState, string>;
  ids: PatternIds;
  area?: boolean;
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
    return (
      <g key={state} className={`gantt-bar gantt-bar--${state} gantt-shape--${shape}`}>
        <path d={d} />
        {overlay !== null && <path className="gantt-bar__pattern" d={d} fill={`url(#${overlay})`} />}
      </g>
    );
  });
}
