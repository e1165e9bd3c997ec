import type { KeyboardEvent, FocusEvent, PointerEvent, ReactNode, Ref } from 'react';
import { GANTT_LABEL_WIDTH, GANTT_RIGHT_PAD } from './constants';
import { GanttAxis, GanttGrid } from './GanttAxis';
import { GanttDefs, type PatternIds } from './GanttDefs';
import { GanttBars } from './GanttBars';
import { GanttRowView } from './GanttRowView';
import { useLang, useT } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import type { GanttLayout } from './layoutTypes';
import { ganttWords } from './words';
import type { TimeAxis } from './zoom';

/** The focus ring's box in the SVG and what it says to a screen reader. */
export interface Ring {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly label: string;
}

export interface PlotProps {
  readonly layout: GanttLayout;
  readonly axis: TimeAxis;
  readonly plotWidth: number;
  readonly maxHeight: number;
  readonly indices: readonly number[];
  readonly showEvents: boolean;
  readonly ids: PatternIds;
  readonly title: string;
  readonly description: string;
  readonly svgRef?: Ref<SVGSVGElement>;
  readonly setScroller: (el: HTMLDivElement | null) => void;
  readonly ring: Ring | null;
  /** Where the rows start, px: the axis and the callout band under it. */
  readonly top: number;
  /** The band between the axis and the rows (callouts), in the sticky header and in the SVG. */
  readonly band?: (where: 'sticky' | 'svg') => ReactNode;
  /** Drawn under the rows (callout guides), in SVG coordinates. */
  readonly underlay?: ReactNode;
  /** Drawn over the rows (callouts, guess, cursor line), in SVG coordinates. */
  readonly overlay?: ReactNode;
  /** Drawn over the axis band, in the sticky axis and in the SVG (the cursor's time label). */
  readonly axisOverlay?: (where: 'sticky' | 'svg') => ReactNode;
  /** Props for the focusable scroller (aria, key, focus and pointer handlers). */
  readonly host: {
    readonly 'aria-label': string;
    readonly 'aria-describedby'?: string;
    readonly 'aria-activedescendant'?: string;
    readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
    readonly onFocus: (e: FocusEvent<HTMLElement>) => void;
    readonly onBlur: () => void;
    readonly onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    readonly onPointerMove: (e: PointerEvent<HTMLElement>) => void;
    readonly onPointerUp: (e: PointerEvent<HTMLElement>) => void;
    readonly onPointerLeave: () => void;
    readonly onPointerCancel: () => void;
  };
}

/**
 * The scrolling chart: a sticky copy of the axis over one `<svg>` that holds the title, the axis, gridlines,
 * the drawn rows and the focus ring (so the SVG alone is a complete picture for export).
 */
export function GanttPlot({ svgRef, setScroller, ...p }: PlotProps) {
  const { layout, axis, plotWidth, top } = p;
  const width = GANTT_LABEL_WIDTH + plotWidth + GANTT_RIGHT_PAD;
  const t = useT(ganttMessages);
  const words = ganttWords(useLang());
  const caption = t(layout.view === 'tasks' ? 'captionTask' : 'captionLane');
  // An empty run still gets a row's worth of room, to say so.
  const rowsHeight = Math.max(1, layout.rows.length) * layout.rowHeight;
  const height = top + rowsHeight + 2;
  const [d0, d1] = axis.scale.domain();
  const titleId = `${p.ids.hatch}-title`;
  return (
    <div
      ref={setScroller}
      className="gantt-scroller"
      style={{ maxHeight: p.maxHeight }}
      tabIndex={0}
      role="application"
      aria-roledescription={t('roleDescription')}
      {...p.host}
    >
      <svg
        className="gantt-axis-sticky"
        width={width}
        height={top}
        style={{ marginBottom: -top }}
        aria-hidden="true"
      >
        <GanttAxis axis={axis} width={plotWidth} caption={caption} />
        {p.band?.('sticky')}
        {p.axisOverlay?.('sticky')}
      </svg>
      <svg
        ref={svgRef}
        className="gantt-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-labelledby={titleId}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{p.title}</title>
        <desc>{p.description}</desc>
        <GanttDefs ids={p.ids} />
        <rect className="gantt-svg__bg" width={width} height={height} />
        <g aria-hidden="true">
          <GanttAxis axis={axis} width={plotWidth} caption={caption} />
          {p.axisOverlay?.('svg')}
        </g>
        {p.band?.('svg')}
        <GanttGrid axis={axis} width={plotWidth} top={top} height={rowsHeight} />
        {p.underlay}
        <g transform={`translate(0 ${top})`}>
          {p.indices.map((i) => {
            const row = layout.rows[i];
            return (
              <GanttRowView
                key={row.id}
                index={i}
                height={layout.rowHeight}
                kind={row.kind}
                depth={row.depth}
                name={words.row(row)}
                waits={words.waits(row)}
                width={plotWidth}
              />
            );
          })}
          <g transform={`translate(${GANTT_LABEL_WIDTH} 0)`}>
            <GanttBars
              rows={layout.rows}
              indices={p.indices}
              height={layout.rowHeight}
              d0={d0}
              d1={d1}
              width={plotWidth}
              showEvents={p.showEvents}
              stackMax={layout.stackMax}
              queueMax={layout.queueMax}
              ids={p.ids}
            />
          </g>
          {layout.rows.length === 0 && (
            <text className="gantt-empty" x={GANTT_LABEL_WIDTH + 8} y={layout.rowHeight / 2}>
              {t('empty')}
            </text>
          )}
          {p.ring !== null && (
            <rect
              id={p.ring.id}
              className="gantt-focus-ring"
              role="img"
              aria-label={p.ring.label}
              x={p.ring.x}
              y={p.ring.y}
              width={p.ring.w}
              height={p.ring.h}
              rx={3}
            />
          )}
        </g>
        {p.overlay}
      </svg>
    </div>
  );
}
