import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import type { StepPoint } from '../../trace/sweep';
import { GANTT_LABEL_WIDTH, GANTT_RIGHT_PAD } from '../gantt/constants';
import type { TimeAxis } from '../gantt/zoom';
import { StepTooltip } from './StepTooltip';

/** Width of the count axis; the chart's title sits in the rest of the Gantt's label column. */
const Y_AXIS_WIDTH = 36;

export interface StepChartProps {
  readonly title: string;
  /** What one unit is, for the tooltip and the text alternative: "requests in flight". */
  readonly noun: string;
  readonly series: readonly StepPoint[];
  readonly peak: number;
  /** The Gantt's time axis, so both plots share domain and ticks. */
  readonly axis: TimeAxis;
  readonly width: number;
  readonly height: number;
  /** CSS colour of the area (a task-state variable). */
  readonly color: string;
  readonly showTimeAxis: boolean;
}

/**
 * A step chart of a count over time, drawn under the Gantt on the same time axis: its plot starts at
 * GANTT_LABEL_WIDTH and ends GANTT_RIGHT_PAD from the right, like the Gantt's.
 */
export function StepChart({
  title,
  noun,
  series,
  peak,
  axis,
  width,
  height,
  color,
  showTimeAxis,
}: StepChartProps) {
  const [d0, d1] = axis.scale.domain();
  const t = useT(timelineMessages);
  // Three ticks at most (0, half, peak): the plot is only ~50 px tall.
  const yTicks = [...new Set([0, Math.round(peak / 2), Math.max(1, peak)])];
  return (
    <figure className="step-chart" aria-label={t('chartLabel', { title, peak, noun })}>
      <figcaption className="step-chart-caption" style={{ width: GANTT_LABEL_WIDTH - Y_AXIS_WIDTH - 8 }}>
        <span className="step-chart-title">{title}</span>
        <span className="step-chart-peak">{t('peak', { peak })}</span>
      </figcaption>
      {width > 0 && (
        <AreaChart
          width={width}
          height={height}
          data={series as StepPoint[]}
          margin={{ top: 6, right: GANTT_RIGHT_PAD, bottom: 0, left: GANTT_LABEL_WIDTH - Y_AXIS_WIDTH }}
        >
          <CartesianGrid stroke="var(--grid)" vertical horizontal={false} />
          <XAxis
            dataKey="t"
            type="number"
            domain={[d0, d1]}
            ticks={[...axis.ticks]}
            tickFormatter={axis.format}
            allowDataOverflow
            hide={!showTimeAxis}
            height={showTimeAxis ? 24 : 0}
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            stroke="var(--border)"
          />
          <YAxis
            width={Y_AXIS_WIDTH}
            domain={[0, Math.max(1, peak)]}
            ticks={yTicks}
            allowDecimals={false}
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            stroke="var(--border)"
          />
          <Tooltip
            content={<StepTooltip noun={noun} format={axis.format} />}
            cursor={{ stroke: 'var(--fg)', strokeDasharray: '3 3' }}
            isAnimationActive={false}
          />
          <Area
            type="stepAfter"
            dataKey="value"
            name={title}
            stroke={color}
            strokeWidth={1.5}
            fill={color}
            fillOpacity={0.35}
            isAnimationActive={false}
            dot={false}
            activeDot={false}
          />
        </AreaChart>
      )}
    </figure>
  );
}
