import { memo } from 'react';
import { useT, type Translate } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import { createPortal } from 'react-dom';
import { GANTT_LABEL_WIDTH } from './constants';
import type { BandCallout, CalloutBandLayout } from './calloutBand';
import { formatMs, formatSpan } from './format';
import { AXIS_HEIGHT } from './geometry';
import { pillWidth, type GanttCallout } from './marks';

type GanttKey = typeof ganttMessages extends { en: Record<infer K, unknown> } ? K & string : never;
import type { TimeAxis } from './zoom';

/** A bracket over a time span, ticks down to the rows at each closed end. */
function bracketPath(b: BandCallout['bracket'], bottom: number): string {
  const left = b.openLeft ? `M${b.x0} ${b.y}` : `M${b.x0} ${bottom}V${b.y}`;
  return `${left}H${b.x1}${b.openRight ? '' : `V${bottom}`}`;
}

/** A callout's words for a screen reader: its label and the span it describes. */
function calloutSpan(t: Translate<GanttKey>, callout: GanttCallout): string {
  const [from, to] = formatSpan(callout.time, callout.end);
  return t('calloutSpan', { label: callout.label, from, to });
}

/** A leader: up from the bracket, then across to the pill when it sits beside the line. */
function leaderPath(l: BandCallout['leader']): string {
  return `M${l.x} ${l.y2}V${l.y1}${l.arm === null ? '' : `H${l.arm}`}`;
}

/**
 * The callout band above the rows: per callout a bracket over its time span, a pill with its words on the lowest
 * free tier and a leader between them; then the learner's guess. Drawn in the sticky header and in the SVG.
 */
export const CalloutBandView = memo(function CalloutBandView({
  band,
  width,
  hidden,
}: {
  band: CalloutBandLayout;
  width: number;
  /** The sticky copy: hidden from assistive technology (the SVG's copy is described). */
  hidden?: boolean;
}) {
  const t = useT(ganttMessages);
  if (band.height === 0) return null;
  const { guess } = band;
  return (
    <g
      className="gantt-band"
      transform={`translate(${GANTT_LABEL_WIDTH} ${AXIS_HEIGHT})`}
      aria-hidden={hidden ? 'true' : undefined}
    >
      <rect
        className="gantt-band__bg"
        x={-GANTT_LABEL_WIDTH}
        width={GANTT_LABEL_WIDTH + width}
        height={band.height}
      />
      {band.callouts.length > 0 && (
        <g className="gantt-callouts">
          {band.callouts.map(({ callout, pill, bracket, leader }) => (
            <g
              key={`${callout.kind}-${callout.time}`}
              className="gantt-callout"
              data-kind={callout.kind}
              role={hidden ? undefined : 'img'}
              aria-label={hidden ? undefined : calloutSpan(t, callout)}
            >
              <path className="gantt-callout__bracket" d={bracketPath(bracket, band.height)} />
              <path className="gantt-callout__leader" d={leaderPath(leader)} />
              <rect
                className="gantt-callout__pill"
                x={pill.x}
                y={pill.y}
                width={pill.w}
                height={pill.h}
                rx={pill.h / 2}
              />
              <text className="gantt-callout__text" x={pill.x + pill.h * 0.45} y={pill.y + pill.h * 0.75}>
                {callout.label}
              </text>
            </g>
          ))}
        </g>
      )}
      {guess !== null && (
        <g
          className="gantt-guess"
          data-mark="guess"
          role={hidden ? undefined : 'img'}
          aria-label={hidden ? undefined : guess.text}
        >
          {guess.x !== null && (
            <path
              className="gantt-guess__line"
              d={leaderPath({ x: guess.x, y1: guess.lineTop, y2: band.height, arm: guess.arm })}
            />
          )}
          <rect
            className="gantt-guess__pill"
            x={guess.pill.x}
            y={guess.pill.y}
            width={guess.pill.w}
            height={guess.pill.h}
            rx={guess.pill.h / 2}
          />
          <text
            className="gantt-guess__text"
            x={guess.pill.x + guess.pill.h * 0.45}
            y={guess.pill.y + guess.pill.h * 0.75}
          >
            {guess.text}
          </text>
        </g>
      )}
    </g>
  );
});

/**
 * Guides through the rows, drawn UNDER the bars: a faint dashed line at each callout's start (and end, when it
 * spans more than a few px), so the eye can follow a bracket down to the rows it describes without a line on a bar.
 */
export const CalloutGuides = memo(function CalloutGuides({
  band,
  top,
  height,
}: {
  band: CalloutBandLayout;
  top: number;
  height: number;
}) {
  if (band.callouts.length === 0) return null;
  const xs = new Set<number>();
  for (const { bracket } of band.callouts) {
    if (!bracket.openLeft) xs.add(bracket.x0);
    if (!bracket.openRight && bracket.x1 - bracket.x0 > 4) xs.add(bracket.x1);
  }
  return (
    <g className="gantt-callouts gantt-callout-guides" transform={`translate(${GANTT_LABEL_WIDTH} ${top})`}>
      {[...xs].map((x) => (
        <line key={x} className="gantt-callout__guide" x1={x} x2={x} y1={0} y2={height} />
      ))}
    </g>
  );
});

/** The learner's guess line through the rows (its pill sits in the band). */
export function GuessLine({ band, top, height }: { band: CalloutBandLayout; top: number; height: number }) {
  const x = band.guess?.x;
  if (x === null || x === undefined) return null;
  return (
    <line
      className="gantt-guess__line"
      x1={GANTT_LABEL_WIDTH + x}
      x2={GANTT_LABEL_WIDTH + x}
      y1={top}
      y2={top + height}
    />
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

/** Where the chart lets the cursor be drawn: its geometry and three empty SVG groups (rows, sticky axis, SVG axis). */
export interface CursorHosts {
  readonly axis: TimeAxis;
  readonly width: number;
  readonly height: number;
  /** Where the rows start in the SVG, px (the axis and the callout band above them). */
  readonly top: number;
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
  const { axis, width, height, top } = hosts;
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
          y1={top}
          y2={top + height}
        />,
        hosts.plot,
      )}
      {createPortal(label, hosts.axisSticky)}
      {createPortal(label, hosts.axisSvg)}
    </>
  );
}
