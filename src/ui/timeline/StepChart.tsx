import { memo, useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import type { StepPoint } from '../../trace/sweep';
import { GANTT_LABEL_WIDTH } from '../gantt/constants';
import { formatMs } from '../gantt/format';
import type { TimeAxis } from '../gantt/zoom';
import { PLOT_TOP, TICK_SIZE, pointAt, stepGeometry } from './stepGeometry';
import { StepTooltip } from './StepTooltip';

/** Width of the count axis; the chart's title sits in the rest of the Gantt's label column. */
const Y_AXIS_WIDTH = 36;
/** Height of the lower chart's time axis band, px. */
const X_AXIS_HEIGHT = 24;

export interface StepChartProps {
  readonly title: string;
  /** What one unit is, for the tooltip and the text alternative: "requests in flight". */
  /** What is counted, for a count: "1 lane busy", "2 lanes busy". */
  readonly noun: (count: number) => string;
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

/** The point the tooltip shows: a series index and the x (px) of the hover or of that point. */
interface Active {
  readonly index: number;
  readonly x: number;
  readonly time: number;
}

/**
 * A step chart of a count over time, drawn under the Gantt on the same time axis: its plot starts at
 * GANTT_LABEL_WIDTH and ends GANTT_RIGHT_PAD from the right, like the Gantt's. Plain SVG paths, one per layer
 * (grid, area, line, axes), built once per change of data, axis or size; hovering (or the arrow keys on the
 * focused chart) shows the count at a time with a dashed cursor and a tooltip, without redrawing the paths.
 */
export const StepChart = memo(function StepChart({
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
  const t = useT(timelineMessages);
  const clipId = `${useId()}-clip`;
  const geometry = useMemo(
    () => stepGeometry(series, peak, axis, height, showTimeAxis ? X_AXIS_HEIGHT : 0),
    [series, peak, axis, height, showTimeAxis],
  );
  const [active, setActive] = useState<Active | null>(null);
  const { left, right, bottom } = geometry;
  // The drawing: the same element objects while only the hover moves, so React leaves them alone.
  const drawing = useMemo(
    () => (
      <>
        <defs>
          <clipPath id={clipId}>
            <rect x={left} y={-20} width={right - left} height={height + 2 * 20} />
          </clipPath>
        </defs>
        <path className="step-chart__grid" d={geometry.grid} stroke="var(--grid)" fill="none" />
        <g clipPath={`url(#${clipId})`}>
          <path d={geometry.area} fill={color} fillOpacity={0.35} stroke="none" />
          <path d={geometry.line} fill="none" stroke={color} strokeWidth={1.5} />
        </g>
        <g className="step-chart__axis" stroke="var(--border)" fill="none">
          {showTimeAxis && (
            <path
              d={`M${left},${bottom}H${right}${geometry.xTicks.map((k) => `M${k.x},${bottom + TICK_SIZE}V${bottom}`).join('')}`}
            />
          )}
          <path
            d={`M${left},${PLOT_TOP}V${bottom}${geometry.yTicks.map((k) => `M${left - TICK_SIZE},${k.y}H${left}`).join('')}`}
          />
        </g>
        <g className="step-chart__labels" fill="var(--muted)" fontSize={11} style={{ fill: 'var(--muted)' }}>
          {geometry.yTicks.map((k) => (
            <text key={k.value} x={left - TICK_SIZE - 2} y={k.labelY} dy="0.355em" textAnchor="end">
              {k.value}
            </text>
          ))}
          {showTimeAxis &&
            geometry.xTicks.map((k) => (
              <text key={k.x} x={k.x} y={geometry.xLabelY} dy="0.71em" textAnchor="middle">
                {k.label}
              </text>
            ))}
        </g>
      </>
    ),
    [geometry, clipId, color, height, showTimeAxis, left, right, bottom],
  );

  const showAt = (index: number, x: number, time: number) =>
    setActive((a) => (a?.index === index && a.x === x ? a : { index, x, time }));
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    if (series.length === 0 || x < left || x > right) return setActive(null);
    const time = axis.scale.invert(x - GANTT_LABEL_WIDTH);
    showAt(pointAt(series, time), x, time);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (series.length === 0) return;
    const [d0, d1] = axis.scale.domain();
    const from = active?.index ?? pointAt(series, d0) - 1;
    const to =
      event.key === 'ArrowRight'
        ? from + 1
        : event.key === 'ArrowLeft'
          ? from - 1
          : event.key === 'Home'
            ? pointAt(series, d0)
            : event.key === 'End'
              ? pointAt(series, d1)
              : null;
    if (event.key === 'Escape') return setActive(null);
    if (to === null) return;
    event.preventDefault();
    const index = Math.min(series.length - 1, Math.max(0, to));
    const time = Math.min(Math.max(series[index].t, d0), d1);
    showAt(index, GANTT_LABEL_WIDTH + axis.scale(time), time);
  };

  return (
    <figure className="step-chart" aria-label={t('chartLabel', { title, peak, noun: noun(peak) })}>
      <figcaption className="step-chart-caption" style={{ width: GANTT_LABEL_WIDTH - Y_AXIS_WIDTH - 8 }}>
        <span className="step-chart-title">{title}</span>
        <span className="step-chart-peak">{t('peak', { peak })}</span>
      </figcaption>
      {width > 0 && (
        <div className="step-chart__plot" style={{ width, height }}>
          <svg
            className="step-chart__svg"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="application"
            tabIndex={0}
            aria-label={t('chartLabel', { title, peak, noun: noun(peak) })}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setActive(null)}
            onKeyDown={onKeyDown}
            onBlur={() => setActive(null)}
          >
            {drawing}
            {active !== null && (
              <line
                className="step-chart__cursor"
                x1={active.x}
                x2={active.x}
                y1={PLOT_TOP}
                y2={bottom}
                stroke="var(--fg)"
                strokeDasharray="3 3"
              />
            )}
          </svg>
          {active !== null && (
            <StepTooltip
              value={series[active.index].value}
              time={active.time}
              noun={noun}
              format={formatMs}
              x={active.x}
              width={width}
            />
          )}
        </div>
      )}
    </figure>
  );
});
