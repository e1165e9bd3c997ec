import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import type { Trace } from '../../trace/types';
import { GanttChart } from '../gantt/GanttChart';
import { GanttLegend } from '../gantt/GanttLegend';
import { traceExtent } from '../gantt/traceInfo';
import type { Domain } from '../gantt/zoom';
import { Boundary } from '../panel/Boundary';
import { ViewToggle } from '../timeline/ViewToggle';
import { Segmented } from '../theme/Segmented';
import { selectGanttView, useAppStore } from '../../state';
import { pairTraces } from './pairTraces';

/** One chart with each task's live row above its simulated one, or the two runs as two charts. */
type Layout = 'paired' | 'separate';

/** Largest height of each of the two charts, px: about fifteen rows; bigger runs scroll inside their chart. */
const CHART_HEIGHT = 300;

/**
 * The live run against its simulation, on ONE time axis spanning the longer of the two, so a live run that took
 * 10 % longer looks 10 % longer. By task, the rows come in pairs (each live task right above its simulated twin)
 * so a difference shows at a glance; by lane, or on request, the two runs are two charts and zooming either
 * zooms both.
 */
export function LiveGantts({ live, simulated }: { readonly live: Trace; readonly simulated: Trace }) {
  const t = useT(liveMessages);
  // By task, or by lane: the lanes show each worker process's real start-up.
  const view = useAppStore(selectGanttView);
  const extent = useMemo<Domain>(
    () => [0, Math.max(traceExtent(live)[1], traceExtent(simulated)[1])],
    [live, simulated],
  );
  const [layout, setLayout] = useState<Layout>('paired');
  const paired = view === 'tasks' && layout === 'paired';
  const pair = useMemo(
    () =>
      paired
        ? pairTraces(live, simulated, {
            live: (label) => t('rowLive', { label }),
            sim: (label) => t('rowSim', { label }),
          })
        : null,
    [paired, live, simulated, t],
  );
  const [zoom, setZoom] = useState<{ readonly domain: Domain; readonly extent: Domain } | null>(null);
  // A zoom belongs to the axis it was made on; a new result starts from the whole run again.
  const zoomed = zoom && zoom.extent === extent ? zoom.domain : null;
  const onDomainChange = (d: Domain | null) => setZoom(d ? { domain: d, extent } : null);
  const charts = pair
    ? [{ id: 'paired-gantt', trace: pair, label: t('pairedTitle') }]
    : [
        { id: 'live-gantt', trace: live, label: t('liveLabel') },
        { id: 'sim-gantt', trace: simulated, label: t('simLabel') },
      ];
  return (
    <div className="live-gantts">
      <div className="live-gantts-head">
        <ViewToggle />
        {view === 'tasks' && (
          <Segmented
            className="live-layout"
            name="live-layout"
            legend={t('layoutLegend')}
            choices={[
              ['paired', t('layoutPaired')],
              ['separate', t('layoutSeparate')],
            ]}
            value={layout}
            onChange={setLayout}
          />
        )}
        <p className="param-help">{t(pair ? 'pairedHelp' : 'axisHelp')}</p>
        {zoomed && (
          <button type="button" className="button button-small" onClick={() => setZoom(null)}>
            {t('resetZoom')}
          </button>
        )}
      </div>
      {charts.map((c) => (
        <div key={c.id} className="live-gantt" data-testid={c.id} data-figure-label={c.label}>
          <Boundary name={c.label} resetKeys={[c.trace]}>
            <GanttChart
              trace={c.trace}
              view={view}
              domain={zoomed ?? extent}
              onDomainChange={onDomainChange}
              height={pair ? 2 * CHART_HEIGHT : CHART_HEIGHT}
              title={c.label}
            />
          </Boundary>
        </div>
      ))}
      <GanttLegend view={view} />
    </div>
  );
}
