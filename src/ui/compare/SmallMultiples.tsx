import { useMemo, useState } from 'react';
import { useLang, useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import { findCallouts, type CalloutKind } from '../../trace/callouts';
import { GanttLegend } from '../gantt/GanttLegend';
import type { Domain } from '../gantt/zoom';
import { Boundary } from '../panel/Boundary';
import { CursorGantt } from '../playback/CursorGantt';
import { PlaybackBar } from '../playback/PlaybackBar';
import '../playback/playback.css';
import { formatDuration } from '../summary/format';
import { sharedExtent, type CompareRow } from './figures';
import { useStrategyTitle } from './useStrategyTitle';

/** Tallest small multiple, px: enough for ~12 task rows, and a 100-task run scrolls inside its own chart. */
const MULTIPLE_HEIGHT = 200;

/**
 * One Gantt per entry, stacked, on ONE time axis: every chart spans 0 to the longest makespan, so a run that
 * is five times shorter looks five times shorter. Zooming any chart zooms them all.
 */
export function SmallMultiples({ rows }: { readonly rows: readonly CompareRow[] }) {
  const t = useT(compareMessages);
  const lang = useLang();
  const title = useStrategyTitle();
  const extent = sharedExtent(rows);
  const [zoom, setZoom] = useState<{
    readonly domain: Domain;
    readonly extent: readonly [number, number];
  } | null>(null);
  // A zoom belongs to the axis it was made on; a new longest makespan starts from the whole run again.
  const zoomed = zoom && extent && zoom.extent[1] === extent[1] ? zoom.domain : null;
  const domain: Domain | null = zoomed ?? extent;
  const onDomainChange = (d: Domain | null) => setZoom(d && extent ? { domain: d, extent } : null);
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
      <div className="cmp-multiples-head">
        <p className="param-help">{t('timelinesHelp')}</p>
        {zoomed && (
          <button type="button" className="button button-small" onClick={() => setZoom(null)}>
            {t('resetZoom')}
          </button>
        )}
      </div>
      {rows.map((r) => (
        <div
          key={r.key}
          className="cmp-multiple"
          data-entry-index={r.index}
          data-figure-label={`${r.index + 1}. ${title(r.strategy)} · ${formatDuration(r.makespanMs ?? 0, lang)}`}
        >
          {r.trace && domain ? (
            <Boundary name={`timeline ${r.index + 1}`} resetKeys={[r.trace, domain]}>
              <CursorGantt
                trace={r.trace}
                view="tasks"
                domain={domain}
                onDomainChange={onDomainChange}
                height={MULTIPLE_HEIGHT}
                title={`${r.index + 1}. ${title(r.strategy)} · ${formatDuration(r.makespanMs ?? 0, lang)}`}
              />
            </Boundary>
          ) : (
            <p className="muted cmp-multiple-pending">
              {r.index + 1}. {title(r.strategy)}: {t('waiting')}
            </p>
          )}
        </div>
      ))}
      <GanttLegend view="tasks" />
    </div>
  );
}
