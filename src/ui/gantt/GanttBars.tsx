import { memo, useMemo } from 'react';
import { useT } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import type { PatternIds } from './GanttDefs';
import type { GanttRow } from './layoutTypes';
import { joinPaths, ROW_PHASED, rowPaths, type RowPaths, type RowScale } from './rowPaths';
import { StatePaths } from './StatePaths';

export interface BarsProps extends RowScale {
  readonly rows: readonly GanttRow[];
  /** The rows to draw (all, or those in view). */
  readonly indices: readonly number[];
  readonly ids: PatternIds;
}

/** Each row's paths, kept while its scale holds, so scrolling a long chart draws only the rows that come into view. */
const drawn = new WeakMap<GanttRow, { readonly key: string; readonly paths: RowPaths }>();

function pathsOf(row: GanttRow, index: number, scale: RowScale): RowPaths {
  const key = `${index} ${scale.height} ${scale.d0} ${scale.d1} ${scale.width} ${scale.showEvents} ${scale.stackMax} ${scale.queueMax}`;
  const kept = drawn.get(row);
  if (kept?.key === key) return kept.paths;
  const paths = rowPaths(row, index, scale);
  drawn.set(row, { key, paths });
  return paths;
}

/**
 * Every drawn row's bars, waiting bands, start-up words and markers, as one path per state (and per marker kind)
 * across the rows: a slider step rewrites a dozen paths instead of several per row. Rows never overlap, so the
 * picture is the one each row drew on its own; patterns that depend on their phase are drawn per row
 * ({@link ROW_PHASED}).
 */
export const GanttBars = memo(function GanttBars(p: BarsProps) {
  const t = useT(ganttMessages);
  const { rows, indices, ids, height, d0, d1, width, showEvents, stackMax, queueMax } = p;
  const joined = useMemo(() => {
    const scale = { height, d0, d1, width, showEvents, stackMax, queueMax };
    const each = indices.map((i) => ({ dy: i * height, paths: pathsOf(rows[i], i, scale) }));
    return {
      waits: joinPaths(each.map((e) => e.paths.waits)),
      queue: each.map((e) => e.paths.queue).join(''),
      grouped: joinPaths(each.map((e) => e.paths.grouped)),
      bars: joinPaths(each.map((e) => e.paths.bars)),
      marks: joinPaths(each.map((e) => e.paths.marks)),
      phasedBars: each.map((e) => ({ dy: e.dy, paths: e.paths.phasedBars })).filter((e) => e.paths.size > 0),
      phasedGrouped: each
        .map((e) => ({ dy: e.dy, paths: e.paths.phasedGrouped }))
        .filter((e) => e.paths.size > 0),
      startups: each.flatMap((e) => e.paths.startups),
    };
  }, [rows, indices, height, d0, d1, width, showEvents, stackMax, queueMax]);
  return (
    <g className="gantt-bars" data-bars="">
      <StatePaths paths={joined.waits} ids={ids} area />
      {joined.queue !== '' && <path className="gantt-queue-line" d={joined.queue} />}
      <StatePaths
        paths={joined.grouped}
        ids={ids}
        area
        phased={{ states: ROW_PHASED.areas, rows: joined.phasedGrouped }}
      />
      <StatePaths
        paths={joined.bars}
        ids={ids}
        phased={{ states: ROW_PHASED.bars, rows: joined.phasedBars }}
      />
      {joined.startups.map(({ x, y }) => (
        <text key={`${x} ${y}`} className="gantt-row__startup" x={x} y={y}>
          {t('state.startup')}
        </text>
      ))}
      {[...joined.marks].map(([kind, d]) => (
        <path key={kind} className={`gantt-mark gantt-mark--${kind}`} d={d} />
      ))}
    </g>
  );
}, sameBars);

/** Props equal, the row indices compared by value (the row window makes a new array on every render). */
function sameBars(a: BarsProps, b: BarsProps): boolean {
  for (const key of Object.keys(a) as (keyof BarsProps)[])
    if (key !== 'indices' && a[key] !== b[key]) return false;
  if (a.indices.length !== b.indices.length) return false;
  for (let i = 0; i < a.indices.length; i++) if (a.indices[i] !== b.indices[i]) return false;
  return true;
}
