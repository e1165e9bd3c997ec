import { memo, useMemo, useState } from 'react';
import { busyLanesSeries } from '../../trace/busy';
import { inFlightSeries } from '../../trace/inFlight';
import type { Trace } from '../../trace/types';
import type { TimeDomain } from '../../state';
import { useT } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import { GANTT_LABEL_WIDTH, GANTT_RIGHT_PAD } from '../gantt/constants';
import { traceExtent } from '../gantt/traceInfo';
import { timeAxis } from '../gantt/zoom';
import { CHART_HEIGHT, TIME_AXIS_HEIGHT } from './chartSizes';
import { StepChart } from './StepChart';
import { useElementWidth } from '../gantt/useElementWidth';

/**
 * Requests in flight and busy lanes over time, under the Gantt and on its time axis (same domain, same ticks,
 * same left and right margins), so a peak lines up with the bars that cause it. Memoised: it redraws only when
 * the trace, the zoom or its width changes.
 */
export const CompanionCharts = memo(function CompanionCharts({
  trace,
  domain,
}: {
  readonly trace: Trace;
  readonly domain: TimeDomain;
}) {
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const t = useT(timelineMessages);
  const width = useElementWidth(frame, 0);
  const inFlight = useMemo(() => inFlightSeries(trace), [trace]);
  const busy = useMemo(() => busyLanesSeries(trace), [trace]);
  const axis = useMemo(
    () => timeAxis(domain, traceExtent(trace), Math.max(1, width - GANTT_LABEL_WIDTH - GANTT_RIGHT_PAD)),
    [domain, trace, width],
  );
  return (
    <div ref={setFrame} className="companion-charts">
      <StepChart
        title={t('inFlight')}
        noun={(count) => t('inFlightNoun', { count })}
        series={inFlight.series}
        peak={inFlight.peak}
        axis={axis}
        width={width}
        height={CHART_HEIGHT}
        color="var(--state-suspended)"
        showTimeAxis={false}
      />
      <StepChart
        title={t('busyLanes')}
        noun={(count) => t('busyLanesNoun', { count })}
        series={busy.series}
        peak={busy.peak}
        axis={axis}
        width={width}
        height={CHART_HEIGHT + TIME_AXIS_HEIGHT}
        color="var(--state-running)"
        showTimeAxis
      />
    </div>
  );
});
