import { useMemo, useState } from 'react';
import type { Trace } from '../../trace/types';
import { layoutCalloutBand, type CalloutBandLayout } from './calloutBand';
import { GANTT_LABEL_WIDTH, GANTT_RIGHT_PAD } from './constants';
import { AXIS_HEIGHT, DEFAULT_MAX_HEIGHT } from './geometry';
import { layoutGantt } from './layout';
import type { GanttLayout, GanttView } from './layoutTypes';
import type { GanttCallout, GanttGuess } from './marks';
import { labelScale, stretchRows } from './stretch';
import { useElementWidth } from './useElementWidth';
import { useRowWindow, type RowWindow } from './useRowWindow';
import { timeAxis, type Domain, type TimeAxis } from './zoom';

export interface GeometryInputs {
  readonly trace: Trace;
  readonly view: GanttView;
  readonly domain: Domain | null;
  readonly extent?: Domain;
  readonly height?: number;
  readonly fill?: boolean;
  readonly callouts?: readonly GanttCallout[];
  readonly guess?: GanttGuess | null;
}

/** Where everything of a Gantt goes: its rows, time axis, callout band and the rows scrolled into view. */
export interface GanttGeometry {
  /** The trace's layout, and the one drawn (stretched to fill in presentation mode, else the same). */
  readonly base: GanttLayout;
  readonly layout: GanttLayout;
  /** The chart frame's width, and the plot's (the frame less the label column and right pad), px. */
  readonly width: number;
  readonly plotWidth: number;
  /** The whole range, the zoom (null: none) and the range on screen, ms. */
  readonly full: Domain;
  readonly zoomed: Domain | null;
  readonly shown: Domain;
  readonly axis: TimeAxis;
  readonly band: CalloutBandLayout;
  /** Where the rows start (under the axis and the callout band), their height, and the scroller's height, px. */
  readonly top: number;
  readonly rowsHeight: number;
  readonly maxHeight: number;
  readonly viewport: number;
  readonly rows: RowWindow;
  readonly setFrame: (el: HTMLDivElement | null) => void;
  readonly setScroller: (el: HTMLDivElement | null) => void;
}

/**
 * The geometry of a Gantt chart, each part memoised on its own inputs: the layout on the trace and view only, so
 * a zoom, a resize or a new callout never lays the rows out again.
 */
export function useGanttGeometry(p: GeometryInputs): GanttGeometry {
  const maxHeight = p.height ?? DEFAULT_MAX_HEIGHT;
  const base = useMemo(() => layoutGantt(p.trace, p.view), [p.trace, p.view]);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(frame);
  const plotWidth = Math.max(120, width - GANTT_LABEL_WIDTH - GANTT_RIGHT_PAD);
  const [f0, f1] = p.extent ?? base.extent;
  // A domain that covers the whole range is the unzoomed view (Compare passes its shared axis).
  const [z0, z1] = p.domain !== null && (p.domain[0] > f0 || p.domain[1] < f1) ? p.domain : [NaN, NaN];
  // Memoised on numbers: callers may pass a new array with the same range on every render.
  const full = useMemo<Domain>(() => [f0, f1], [f0, f1]);
  const zoomed = useMemo<Domain | null>(() => (Number.isNaN(z0) ? null : [z0, z1]), [z0, z1]);
  const axis = useMemo(() => timeAxis(zoomed, full, plotWidth), [zoomed, full, plotWidth]);
  // Callouts live in a band of their own between the axis and the rows: the rows start under it.
  const textScale = p.fill ? labelScale(stretchRows(base, maxHeight), base) : 1;
  const band = useMemo(
    () => layoutCalloutBand(p.callouts ?? [], p.guess, axis.scale, plotWidth, { scale: textScale }),
    [p.callouts, p.guess, axis, plotWidth, textScale],
  );
  const top = AXIS_HEIGHT + band.height;
  const layout = useMemo(
    () => (p.fill ? stretchRows(base, maxHeight, top) : base),
    [base, p.fill, maxHeight, top],
  );
  const [d0, d1] = axis.scale.domain();
  const rowsHeight = Math.max(1, layout.rows.length) * layout.rowHeight;
  const viewport = Math.min(maxHeight, top + rowsHeight + 2);
  const rows = useRowWindow(layout, scroller, viewport, top);
  return {
    base,
    layout,
    width,
    plotWidth,
    full,
    zoomed,
    shown: [d0, d1],
    axis,
    band,
    top,
    rowsHeight,
    maxHeight,
    viewport,
    rows,
    setFrame,
    setScroller,
  };
}
