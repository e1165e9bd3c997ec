import { GANTT_LABEL_WIDTH } from './constants';
import { AXIS_HEIGHT } from './geometry';
import { LABEL_CHAR, type TimeAxis } from './zoom';

/** Tick labels and tick marks of the time axis, in a band AXIS_HEIGHT tall; `caption` heads the label column. */
export function GanttAxis({ axis, width, caption }: { axis: TimeAxis; width: number; caption: string }) {
  const { scale, ticks, format } = axis;
  const labels = placeLabels(
    ticks.map((t) => ({ t, x: scale(t), text: format(t) })),
    width,
  );
  return (
    <g className="gantt-axis">
      <rect className="gantt-axis__bg" width={GANTT_LABEL_WIDTH + width} height={AXIS_HEIGHT} />
      <text className="gantt-axis__caption" x={8} y={AXIS_HEIGHT - 9}>
        {caption}
      </text>
      <g transform={`translate(${GANTT_LABEL_WIDTH} 0)`}>
        {labels.map(({ t, x, text, anchor }) => (
          <g key={t} transform={`translate(${x} 0)`}>
            <line className="gantt-axis__tick" y1={AXIS_HEIGHT - 5} y2={AXIS_HEIGHT} />
            {text !== null && (
              <text className="gantt-axis__label" y={AXIS_HEIGHT - 9} textAnchor={anchor}>
                {text}
              </text>
            )}
          </g>
        ))}
        <line className="gantt-axis__line" x1={0} x2={width} y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} />
      </g>
    </g>
  );
}

type Anchor = 'start' | 'middle' | 'end';

/**
 * Anchors tick labels so they stay inside the plot (start at the left edge, end at the right) and drops a
 * label that would touch its neighbour (about 6.2 px per character at 11 px).
 */
export function placeLabels(ticks: readonly { t: number; x: number; text: string }[], width: number) {
  let right = -Infinity;
  return ticks.map(({ t, x, text }) => {
    const w = text.length * LABEL_CHAR;
    const anchor: Anchor = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const fits = left > right + 8;
    if (fits) right = left + w;
    return { t, x, anchor, text: fits ? text : null };
  });
}

/** Light vertical gridlines at the ticks, over the rows. */
export function GanttGrid({
  axis,
  width,
  top,
  height,
}: {
  axis: TimeAxis;
  width: number;
  top: number;
  height: number;
}) {
  const d = axis.ticks
    .map((t) => axis.scale(t))
    .filter((x) => x >= 0 && x <= width)
    .map((x) => `M${Math.round(x) + 0.5} ${top}V${top + height}`)
    .join('');
  return <path className="gantt-grid" transform={`translate(${GANTT_LABEL_WIDTH} 0)`} d={d} />;
}
