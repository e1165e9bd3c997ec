import { useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import { findCallouts, type CalloutKind } from '../../trace/callouts';
import { GanttLegend } from '../gantt/GanttLegend';
import type { GanttView } from '../gantt/layoutTypes';
import type { Domain } from '../gantt/zoom';
import { Boundary } from '../panel/Boundary';
import { CursorGantt } from '../playback/CursorGantt';
import { PlaybackBar } from '../playback/PlaybackBar';
import '../playback/playback.css';
import { formatDuration } from '../summary/format';
import { sharedExtent, type CompareRow } from './figures';
import { MultiplesOptions, type AxisMode } from './MultiplesOptions';
import { useStrategyTitle } from './useStrategyTitle';

/** Tallest small multiple, px: enough for ~12 task rows, and a 100-task run scrolls inside its own chart. */
const MULTIPLE_HEIGHT = 200;
/** Lane rows are taller (a main band and a waiting band): a process pool and its workers fit without scrolling. */
const LANES_HEIGHT = 340;

interface Zoom {
  readonly domain: Domain;
  /** The axis the zoom was made on: a zoom is dropped when its axis changes. */
  readonly extent: readonly [number, number];
}

interface Props {
  readonly rows: readonly CompareRow[];
  readonly view: GanttView;
  readonly onView: (view: GanttView) => void;
  readonly axis: AxisMode;
  readonly onAxis: (axis: AxisMode) => void;
}

/**
 * One Gantt per entry, stacked. By default on ONE time axis: every chart spans 0 to the longest makespan, so a
 * run that is five times shorter looks five times shorter, and zooming any chart zooms them all. On request each
 * chart gets its own axis (a 2 % sliver becomes readable) and its own zoom, and rows can be lanes instead of
 * tasks (a 100-task run fits in a few rows).
 */
export function SmallMultiples({ rows, view, onView, axis, onAxis }: Props) {
  const t = useT(compareMessages);
  const lang = useLang();
  const title = useStrategyTitle();
  const extent = sharedExtent(rows);
  const [zooms, setZooms] = useState<Readonly<Record<string, Zoom>>>({});
  const zoomKey = (row: CompareRow) => (axis === 'shared' ? 'shared' : String(row.key));
  const axisOf = (row: CompareRow): readonly [number, number] | null =>
    axis === 'shared' ? extent : row.makespanMs !== null && row.makespanMs > 0 ? [0, row.makespanMs] : null;
  // A zoom belongs to the axis it was made on; a new longest makespan starts from the whole run again.
  const zoomOf = (row: CompareRow): Domain | null => {
    const zoom = zooms[zoomKey(row)];
    const own = axisOf(row);
    return zoom && own && zoom.extent[1] === own[1] ? zoom.domain : null;
  };
  const anyZoomed = rows.some((r) => zoomOf(r) !== null);
  const onDomainChange = (row: CompareRow) => (d: Domain | null) => {
    const own = axisOf(row);
    setZooms((z) => {
      const next = { ...z };
      if (d && own) next[zoomKey(row)] = { domain: d, extent: own };
      else delete next[zoomKey(row)];
      return next;
    });
  };
  // One playback for all: its clock runs over the longest run, and every chart draws the same cursor.
  const longest = useMemo(
    () =>
      rows.reduce<CompareRow | null>(
        (best, r) => (r.trace && (!best || (r.makespanMs ?? 0) > (best.makespanMs ?? 0)) ? r : best),
        null,
      ),
    [rows],
  );
  const kinds = useMemo<CalloutKind[]>(
    () => [...new Set(rows.flatMap((r) => (r.trace ? findCallouts(r.trace).map((c) => c.kind) : [])))],
    [rows],
  );
  return (
    <div className="cmp-multiples">
      {longest?.trace && <PlaybackBar trace={longest.trace} calloutKinds={kinds} predict={false} />}
      <MultiplesOptions view={view} onView={onView} axis={axis} onAxis={onAxis} />
      <div className="cmp-multiples-head">
        <p className="param-help" data-axis-note={axis}>
          {t(axis === 'shared' ? 'timelinesHelp' : 'timelinesHelpOwn')}
        </p>
        {anyZoomed && (
          <button type="button" className="button button-small" onClick={() => setZooms({})}>
            {t('resetZoom')}
          </button>
        )}
      </div>
      {rows.map((r) => {
        const own = axisOf(r);
        return (
          <div
            key={r.key}
            className="cmp-multiple"
            data-entry-index={r.index}
            data-axis={axis}
            data-figure-label={`${r.index + 1}. ${title(r.strategy)} · ${formatDuration(r.makespanMs ?? 0, lang)}`}
          >
            {r.trace && own ? (
              <Boundary name={`timeline ${r.index + 1}`} resetKeys={[r.trace, own, zoomOf(r), view]}>
                <CursorGantt
                  trace={r.trace}
                  view={view}
                  extent={own}
                  domain={zoomOf(r)}
                  onDomainChange={onDomainChange(r)}
                  height={view === 'lanes' ? LANES_HEIGHT : MULTIPLE_HEIGHT}
                  title={`${r.index + 1}. ${title(r.strategy)} · ${formatDuration(r.makespanMs ?? 0, lang)}`}
                />
              </Boundary>
            ) : (
              <p className="muted cmp-multiple-pending">
                {r.index + 1}. {title(r.strategy)}: {t('waiting')}
              </p>
            )}
          </div>
        );
      })}
      <GanttLegend view={view} />
    </div>
  );
}
