import {
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useState,
  type CSSProperties,
  type Ref,
} from 'react';
import { requestCount } from '../../trace/requests';
import type { Trace } from '../../trace/types';
import { GANTT_LABEL_WIDTH, GANTT_RIGHT_PAD } from './constants';
import { patternIds } from './GanttDefs';
import { GanttLegend } from './GanttLegend';
import { layoutCalloutBand } from './calloutBand';
import { CalloutBandView, CalloutGuides, CursorPortals, GuessLine, type CursorHosts } from './GanttMarks';
import { GanttPlot } from './GanttPlot';
import { GanttToolbar } from './GanttToolbar';
import { GanttTooltip } from './GanttTooltip';
import { AXIS_HEIGHT, DEFAULT_MAX_HEIGHT } from './geometry';
import { layoutGantt } from './layout';
import { labelScale, stretchRows } from './stretch';
import type { GanttView } from './layoutTypes';
import type { GanttCallout, GanttGuess } from './marks';
import { focusRing, tooltipPlacement } from './placement';
import { describeItem, formatMs } from './format';
import { useLang, useT } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import { useElementWidth } from './useElementWidth';
import { useGanttKeys } from './useGanttKeys';
import { useGanttPointer } from './useGanttPointer';
import { useRowWindow } from './useRowWindow';
import { zoomActions } from './useZoom';
import { timeAxis, type Domain } from './zoom';
import './gantt.css';

export interface GanttChartProps {
  readonly trace: Trace;
  /** One row per task, or one row per lane (process → thread / event loop). */
  readonly view: GanttView;
  /** The time range shown, ms; null shows the whole run. */
  readonly domain: Domain | null;
  /**
   * The whole range the chart shows when not zoomed, ms; default the run's own extent. Compare passes its shared
   * axis (0 to the longest makespan), so a shorter run looks shorter and "zoomed" means inside that axis.
   */
  readonly extent?: Domain;
  /** Called by the brush, the zoom buttons and the + / - / 0 keys; null means the whole run. */
  readonly onDomainChange: (domain: Domain | null) => void;
  /** Largest height of the scrolling chart area, px (the axis included); default 520. */
  readonly height?: number;
  /** Shown above the chart and used as the SVG's `<title>`. */
  readonly title?: string;
  /** Draw a {@link GanttLegend} under the chart (default false: pages usually place the legend themselves). */
  readonly legend?: boolean;
  /** The chart's `<svg>`, for export. */
  readonly svgRef?: Ref<SVGSVGElement>;
  /** Playback cursor, ms: a vertical line with a time label; null or absent draws none. Moving it never re-lays out the chart. */
  readonly cursor?: number | null;
  /** Labelled markers drawn in the SVG (so exported images include them); a handful at most, placed without overlap. */
  readonly callouts?: readonly GanttCallout[];
  /** A time marked with a labelled dashed line (e.g. the learner's guess of the makespan). */
  readonly guess?: GanttGuess | null;
  /** Stretch the rows (and their labels) to fill `height` when they need less: presentation mode. */
  readonly fill?: boolean;
  /** Called with a task's id when one of its bars is clicked or focused by keyboard (task view, one task per row). */
  readonly onSelectTask?: (taskId: string) => void;
}

/**
 * The Gantt timeline of a trace: every task (or lane) as a row, states as bars, zoomable by brush, buttons
 * and keys, with hover / focus tooltips. Props only: it owns no store.
 *
 * @example <GanttChart trace={trace} view="tasks" domain={null} onDomainChange={setDomain} />
 */
export function GanttChart({ cursor, ...props }: GanttChartProps) {
  // The chart itself is memoised; a moving cursor re-renders only the line and label it portals into the SVG.
  const [hosts, setHosts] = useState<CursorHosts | null>(null);
  return (
    <>
      <GanttChartBody {...props} onCursorHosts={setHosts} />
      {hosts !== null && <CursorPortals hosts={hosts} cursor={cursor} />}
    </>
  );
}

type BodyProps = Omit<GanttChartProps, 'cursor'> & {
  readonly onCursorHosts: (hosts: CursorHosts | null) => void;
};

const GanttChartBody = memo(function GanttChartBody(props: BodyProps) {
  const { trace, view, domain, onDomainChange } = props;
  const lang = useLang();
  const maxHeight = props.height ?? DEFAULT_MAX_HEIGHT;
  const base = useMemo(() => layoutGantt(trace, view, lang), [trace, view, lang]);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const uid = useId();
  // Stable across renders, so memoised rows skip re-rendering when only the cursor moves.
  const ids = useMemo(() => patternIds(uid), [uid]);
  const width = useElementWidth(frame);
  const plotWidth = Math.max(120, width - GANTT_LABEL_WIDTH - GANTT_RIGHT_PAD);
  const [f0, f1] = props.extent ?? base.extent;
  // A domain that covers the whole range is the unzoomed view (Compare passes its shared axis).
  const [z0, z1] = domain !== null && (domain[0] > f0 || domain[1] < f1) ? domain : [NaN, NaN];
  // Memoised on numbers: callers may pass a new array with the same range on every render.
  const full = useMemo<Domain>(() => [f0, f1], [f0, f1]);
  const zoomed = useMemo<Domain | null>(() => (Number.isNaN(z0) ? null : [z0, z1]), [z0, z1]);
  const axis = useMemo(() => timeAxis(zoomed, full, plotWidth), [zoomed, full, plotWidth]);
  // Callouts live in a band of their own between the axis and the rows: the rows start under it.
  const textScale = props.fill ? labelScale(stretchRows(base, maxHeight), base) : 1;
  const band = useMemo(
    () => layoutCalloutBand(props.callouts ?? [], props.guess, axis.scale, plotWidth, { scale: textScale }),
    [props.callouts, props.guess, axis, plotWidth, textScale],
  );
  const top = AXIS_HEIGHT + band.height;
  const layout = useMemo(
    () => (props.fill ? stretchRows(base, maxHeight, top) : base),
    [base, props.fill, maxHeight, top],
  );
  const [d0, d1] = axis.scale.domain();
  const shown: Domain = [d0, d1];
  const viewport = Math.min(maxHeight, top + Math.max(1, layout.rows.length) * layout.rowHeight + 2);
  const win = useRowWindow(layout, scroller, viewport, top);
  const zoom = zoomActions(shown, full, onDomainChange);
  const pointer = useGanttPointer({
    layout,
    axis,
    plotWidth,
    top,
    scrollTop: win.scrollTop,
    onSelect: zoom.select,
    onPick: (f) => keys.setFocus(f),
  });
  const keys = useGanttKeys({
    layout,
    shown,
    zoomed: zoomed !== null,
    zoom,
    scrollToRow: win.scrollToRow,
    topRow: Math.ceil(win.scrollTop / layout.rowHeight),
    onDomainChange,
    pressing: pointer.pressing,
    cancelBrush: pointer.cancelBrush,
  });

  const t = useT(ganttMessages);
  // main() awaiting its tasks is drawn as a row but is not one of the requests the title counts.
  const n = requestCount(trace);
  const counted = t(view === 'tasks' ? 'titleTasks' : 'titleLanes', { count: n });
  const title =
    props.title ?? (n < trace.tasks.length ? t('titleWithMain', { title: counted, count: n }) : counted);
  const description = t('description', {
    count: n,
    lanes: trace.lanes.length,
    from: formatMs(layout.extent[0]),
    to: formatMs(layout.extent[1]),
  });
  const note =
    layout.mode === 'grouped' ? t('groupedNote', { count: n, size: layout.groupSize }) : layout.note;
  const zoomFactor = (layout.extent[1] - layout.extent[0]) / (d1 - d0);
  const showEvents = layout.mode !== 'grouped' && (layout.rows.length <= 40 || zoomFactor >= 4);

  const focused = keys.active ? keys.focus : null;
  const target = pointer.hover ?? focused;
  const targetItem = target === null ? null : layout.rows[target.row].items[target.item];
  const ring =
    focused === null || keys.item === null
      ? null
      : focusRing(layout, focused, keys.item, axis, plotWidth, `${ids.hatch}-focus`, lang);
  const selectedRow =
    focused !== null && layout.mode !== 'grouped' && layout.view === 'tasks'
      ? layout.rows[focused.row]?.id
      : undefined;
  const { onSelectTask } = props;
  useEffect(() => {
    if (selectedRow !== undefined) onSelectTask?.(selectedRow);
  }, [selectedRow, onSelectTask]);
  const rowsHeight = Math.max(1, layout.rows.length) * layout.rowHeight;
  const [plotHost, setPlotHost] = useState<SVGGElement | null>(null);
  const [stickyHost, setStickyHost] = useState<SVGGElement | null>(null);
  const [svgAxisHost, setSvgAxisHost] = useState<SVGGElement | null>(null);
  const { onCursorHosts } = props;
  useLayoutEffect(() => {
    onCursorHosts(
      plotHost && stickyHost && svgAxisHost
        ? {
            axis,
            width: plotWidth,
            height: rowsHeight,
            top,
            plot: plotHost,
            axisSticky: stickyHost,
            axisSvg: svgAxisHost,
          }
        : null,
    );
  }, [onCursorHosts, axis, plotWidth, rowsHeight, top, plotHost, stickyHost, svgAxisHost]);
  const tipId = `${ids.hatch}-tip`;
  const helpId = `${ids.hatch}-help`;
  return (
    <figure
      className="gantt"
      data-view={view}
      data-mode={layout.mode}
      data-stretched={layout === base ? undefined : 'true'}
      data-rows={layout.rows.length}
      data-row-height={layout.rowHeight}
      data-rows-top={top}
      style={
        layout === base ? undefined : ({ '--gantt-label-scale': labelScale(layout, base) } as CSSProperties)
      }
    >
      <GanttToolbar
        title={title}
        titleId={`${ids.hatch}-caption`}
        note={note}
        domain={zoomed}
        extent={full}
        onZoomIn={() => zoom.zoomIn()}
        onZoomOut={() => zoom.zoomOut()}
        onReset={zoom.reset}
      />
      <div ref={setFrame} className="gantt-frame">
        <GanttPlot
          layout={layout}
          axis={axis}
          plotWidth={plotWidth}
          maxHeight={maxHeight}
          indices={win.indices}
          showEvents={showEvents}
          ids={ids}
          title={title}
          description={description}
          svgRef={props.svgRef}
          setScroller={setScroller}
          ring={ring}
          top={top}
          band={(where) => <CalloutBandView band={band} width={plotWidth} hidden={where === 'sticky'} />}
          underlay={<CalloutGuides band={band} top={top} height={rowsHeight} />}
          overlay={
            <>
              <GuessLine band={band} top={top} height={rowsHeight} />
              <g ref={setPlotHost} />
            </>
          }
          axisOverlay={(where) => <g ref={where === 'sticky' ? setStickyHost : setSvgAxisHost} />}
          host={{
            'aria-label': title,
            'aria-describedby': targetItem === null ? helpId : `${helpId} ${tipId}`,
            'aria-activedescendant': ring?.id,
            onKeyDown: keys.onKeyDown,
            onFocus: keys.onFocus,
            onBlur: keys.onBlur,
            ...pointer.handlers,
          }}
        />
        {pointer.brush !== null && (
          <div
            className="gantt-brush"
            style={{
              left: GANTT_LABEL_WIDTH + Math.min(pointer.brush.x0, pointer.brush.x1),
              width: Math.abs(pointer.brush.x1 - pointer.brush.x0),
              height: viewport,
            }}
          />
        )}
        {target !== null && targetItem !== null && (
          <GanttTooltip
            id={tipId}
            item={targetItem}
            at={tooltipPlacement(
              layout,
              target,
              pointer.hover?.x ?? null,
              axis,
              width,
              win.scrollTop,
              viewport,
              top,
            )}
          />
        )}
        <p id={helpId} className="gantt-sr">
          {t('keysHelp')}
        </p>
        <div className="gantt-sr" aria-live="polite">
          {keys.active && keys.item !== null ? describeItem(keys.item, lang) : ''}
        </div>
      </div>
      {props.legend === true && <GanttLegend view={view} />}
    </figure>
  );
});
