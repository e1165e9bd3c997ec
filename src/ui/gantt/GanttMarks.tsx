import { memo } from 'react';
import { createPortal } from 'react-dom';
import { GANTT_LABEL_WIDTH } from './constants';
import { formatMs } from './format';
import { AXIS_HEIGHT } from './geometry';
import { pillWidth, placeCallouts, type GanttCallout, type GanttGuess } from './marks';
import type { TimeAxis } from './zoom';

const TIER = 20;

/** Callout markers: a dashed line down the rows and a label pill at the top, in one or two tiers. */
const CalloutMarks = memo(function CalloutMarks({
  callouts,
  axis,
  width,
  height,
}: {
  callouts: readonly GanttCallout[];
  axis: TimeAxis;
  width: number;
  height: number;
}) {
  const placed = placeCallouts(callouts, axis.scale, width);
  return (
    <g className="gantt-callouts" transform={`translate(${GANTT_LABEL_WIDTH} ${AXIS_HEIGHT})`}>
      {placed.map(({ callout, x, left, width: w, tier }) => (
        <g
          key={`${callout.kind}-${callout.time}`}
          className="gantt-callout"
          data-kind={callout.kind}
          role="img"
          aria-label={`${callout.label}, at ${formatMs(callout.time)}`}
        >
          <line className="gantt-callout__line" x1={x} x2={x} y1={0} y2={height} />
          <rect
            className="gantt-callout__pill"
            x={left}
            y={4 + tier * TIER}
            width={w}
            height={TIER - 4}
            rx={8}
          />
          <text className="gantt-callout__text" x={left + 7} y={4 + tier * TIER + 12}>
            {callout.label}
          </text>
        </g>
      ))}
    </g>
  );
});

/** The learner's guess: a dashed line with a label; an arrow at the edge when the guess lies outside the view. */
function GuessMark({
  guess,
  axis,
  width,
  height,
}: {
  guess: GanttGuess;
  axis: TimeAxis;
  width: number;
  height: number;
}) {
  const raw = axis.scale(guess.time);
  const off = raw > width ? 'right' : raw < 0 ? 'left' : null;
  const x = Math.min(Math.max(raw, 0), width);
  const text = off === 'right' ? `${guess.label} →` : off === 'left' ? `← ${guess.label}` : guess.label;
  const w = pillWidth(text);
  const left = Math.max(0, x + w > width ? x - w : x);
  const y = height - 22;
  return (
    <g
      className="gantt-guess"
      transform={`translate(${GANTT_LABEL_WIDTH} ${AXIS_HEIGHT})`}
      role="img"
      aria-label={text}
    >
      {off === null && <line className="gantt-guess__line" x1={x} x2={x} y1={0} y2={height} />}
      <rect className="gantt-guess__pill" x={left} y={Math.max(2, y)} width={w} height={18} rx={9} />
      <text className="gantt-guess__text" x={left + 7} y={Math.max(2, y) + 13}>
        {text}
      </text>
    </g>
  );
}

/** Where the cursor sits in the plot, px, or null when it is unset or off the visible range. */
export function cursorX(cursor: number | null | undefined, axis: TimeAxis, width: number): number | null {
  if (cursor === null || cursor === undefined || !Number.isFinite(cursor)) return null;
  const x = axis.scale(cursor);
  return x >= -0.5 && x <= width + 0.5 ? Math.min(Math.max(x, 0), width) : null;
}

/** The cursor's time label in the axis band (drawn in the sticky axis and in the exported SVG). */
export function CursorLabel({
  cursor,
  axis,
  width,
}: {
  cursor: number | null | undefined;
  axis: TimeAxis;
  width: number;
}) {
  const x = cursorX(cursor, axis, width);
  if (x === null || cursor === null || cursor === undefined) return null;
  const text = formatMs(cursor);
  const w = pillWidth(text);
  const left = Math.min(Math.max(0, x - w / 2), width - w);
  return (
    <g className="gantt-cursor-label" transform={`translate(${GANTT_LABEL_WIDTH} 0)`}>
      <rect className="gantt-cursor-label__pill" x={left} y={3} width={w} height={AXIS_HEIGHT - 9} rx={4} />
      <text className="gantt-cursor-label__text" x={left + w / 2} y={AXIS_HEIGHT - 10} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}

export interface MarksProps {
  readonly axis: TimeAxis;
  readonly width: number;
  /** Height of the rows area, px. */
  readonly height: number;
  readonly callouts?: readonly GanttCallout[];
  readonly guess?: GanttGuess | null;
}

/** What is drawn over the rows and does not move with the cursor: callouts and the guess. */
export function GanttMarks({ axis, width, height, callouts, guess }: MarksProps) {
  return (
    <>
      {callouts !== undefined && callouts.length > 0 && (
        <CalloutMarks callouts={callouts} axis={axis} width={width} height={height} />
      )}
      {guess && <GuessMark guess={guess} axis={axis} width={width} height={height} />}
    </>
  );
}

/** Where the chart lets the cursor be drawn: its geometry and three empty SVG groups (rows, sticky axis, SVG axis). */
export interface CursorHosts {
  readonly axis: TimeAxis;
  readonly width: number;
  readonly height: number;
  readonly plot: SVGGElement;
  readonly axisSticky: SVGGElement;
  readonly axisSvg: SVGGElement;
}

/** The playback cursor, portalled into the chart's SVG so moving it never re-renders the chart. */
export function CursorPortals({
  hosts,
  cursor,
}: {
  readonly hosts: CursorHosts;
  readonly cursor: number | null | undefined;
}) {
  const { axis, width, height } = hosts;
  const x = cursorX(cursor, axis, width);
  if (x === null) return null;
  const label = <CursorLabel cursor={cursor} axis={axis} width={width} />;
  return (
    <>
      {createPortal(
        <line
          className="gantt-cursor"
          data-time={cursor ?? undefined}
          x1={GANTT_LABEL_WIDTH + x}
          x2={GANTT_LABEL_WIDTH + x}
          y1={AXIS_HEIGHT}
          y2={AXIS_HEIGHT + height}
        />,
        hosts.plot,
      )}
      {createPortal(label, hosts.axisSticky)}
      {createPortal(label, hosts.axisSvg)}
    </>
  );
}
