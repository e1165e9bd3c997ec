import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useLang } from '../../i18n';
import type { SweepAxis, SweepSeries } from '../../state/scalingModel';
import type { StrategyId } from '../../trace/scenario';
import { formatCount, formatDuration, formatRate } from '../summary/format';
import { decadeTicks, durationTick, durationTicks, strategyStyle } from './palette';
import { ScalingTooltip } from './ScalingTooltip';

export type Metric = 'makespanMs' | 'throughputPerS';

interface ScalingChartProps {
  readonly axis: SweepAxis;
  readonly metric: Metric;
  readonly series: readonly SweepSeries[];
  readonly title: string;
  /** The chart's label in an exported figure (section and metric). */
  readonly figureLabel: string;
  readonly xLabel: string;
  readonly width: number;
  readonly name: (id: StrategyId) => string;
  readonly rateUnit: string;
}

/** One metric of one sweep as lines, one per strategy, on log axes (the CPU axis is symlog: it starts at 0). */
export function ScalingChart({
  axis,
  metric,
  series,
  title,
  figureLabel,
  xLabel,
  width,
  name,
  rateUnit,
}: ScalingChartProps) {
  const lang = useLang();
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const data = xs.map((x) => {
    const row: Record<string, number> = { x };
    for (const s of series) {
      const p = s.points.find((q) => q.x === x);
      if (p) row[s.strategy] = p[metric];
    }
    return row;
  });
  const values = series.flatMap((s) => s.points.map((p) => p[metric])).filter((v) => v > 0);
  const yTicks = (metric === 'makespanMs' ? durationTicks : decadeTicks)(
    Math.min(...values),
    Math.max(...values),
  );
  const fmtY = (v: number) => (metric === 'makespanMs' ? durationTick(v) : formatRate(v, '', lang).trim());
  const fmtX = (v: number) => (axis === 'cpuMs' ? `${formatCount(v, lang)} ms` : formatCount(v, lang));
  const xTicks =
    axis === 'cpuMs'
      ? [0, 1, 10, 100, 500]
      : axis === 'tasks'
        ? decadeTicks(1, 100_000)
        : [1, 2, 4, 8, 16, 32, 64, 128, 256];
  const height = 220;
  return (
    <figure
      className="scl-chart"
      aria-label={figureLabel.replace('\n', ': ')}
      data-figure-label={figureLabel}
    >
      <figcaption className="scl-chart-title">{title}</figcaption>
      {width > 0 && values.length > 0 && (
        <LineChart
          width={width}
          height={height}
          data={data}
          margin={{ top: 6, right: 14, bottom: 18, left: 4 }}
        >
          <CartesianGrid stroke="var(--grid)" />
          <XAxis
            dataKey="x"
            type="number"
            scale={axis === 'cpuMs' ? 'symlog' : 'log'}
            domain={[xs[0], xs[xs.length - 1]]}
            ticks={xTicks}
            tickFormatter={fmtX}
            allowDataOverflow
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            stroke="var(--border)"
            label={{
              value: xLabel,
              position: 'insideBottom',
              offset: -12,
              fill: 'var(--muted)',
              fontSize: 11.5,
            }}
          />
          <YAxis
            type="number"
            scale="log"
            domain={[yTicks[0], yTicks[yTicks.length - 1]]}
            ticks={yTicks}
            tickFormatter={fmtY}
            allowDataOverflow
            width={62}
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            stroke="var(--border)"
          />
          <Tooltip
            content={
              <ScalingTooltip
                formatX={fmtX}
                formatY={
                  metric === 'makespanMs'
                    ? (v) => formatDuration(v, lang)
                    : (v) => formatRate(v, rateUnit, lang)
                }
                name={name}
              />
            }
            isAnimationActive={false}
          />
          {series.map((s) => (
            <Line
              key={s.strategy}
              dataKey={s.strategy}
              name={name(s.strategy)}
              stroke={strategyStyle(s.strategy).color}
              strokeDasharray={strategyStyle(s.strategy).dash}
              strokeWidth={2}
              dot={{ r: 2.5, strokeWidth: 1, fill: strategyStyle(s.strategy).color }}
              activeDot={{ r: 4.5 }}
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      )}
    </figure>
  );
}
