import { memo, useEffect, useId, useMemo, type CSSProperties } from 'react';
import { useLang, useT } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import type { GanttChartProps } from './GanttChart';
import { patternIds } from './GanttDefs';
import { GanttLegend } from './GanttLegend';
import { CalloutBandView, CalloutGuides, GuessLine, type CursorHosts } from './GanttMarks';
import { GanttPlot } from './GanttPlot';
import { GanttToolbar } from './GanttToolbar';
import { GanttFrameLayers } from './GanttFrameLayers';
import { ganttTitles } from './ganttTitles';
import { describeItem } from './format';
import { focusRing, tooltipPlacement } from './placement';
import { labelScale } from './stretch';
import { useCursorHosts } from './useCursorHosts';
import { useGanttGeometry } from './useGanttGeometry';
import { useGanttKeys } from './useGanttKeys';
import { useGanttPointer } from './useGanttPointer';
import { zoomActions } from './useZoom';

export type BodyProps = Omit<GanttChartProps, 'cursor'> & {
  readonly onCursorHosts: (hosts: CursorHosts | null) => void;
};

/** The chart without its cursor: memoised, so a moving playback cursor never re-renders it. */
export const GanttChartBody = memo(function GanttChartBody(props: BodyProps) {
  const { trace, view, onDomainChange, onSelectTask } = props;
  const lang = useLang();
  const g = useGanttGeometry(props);
  const { layout, axis, plotWidth, top, rowsHeight } = g;
  const uid = useId();
  // Stable across renders, so memoised rows skip re-rendering when only the cursor moves.
  const ids = useMemo(() => patternIds(uid), [uid]);
  const zoom = zoomActions(g.shown, g.full, onDomainChange);
  const pointer = useGanttPointer({
    layout,
    axis,
    plotWidth,
    top,
    scrollTop: g.rows.scrollTop,
    onSelect: zoom.select,
    onPick: (f) => keys.setFocus(f),
  });
  const keys = useGanttKeys({
    layout,
    shown: g.shown,
    zoomed: g.zoomed !== null,
    zoom,
    scrollToRow: g.rows.scrollToRow,
    topRow: Math.ceil(g.rows.scrollTop / layout.rowHeight),
    onDomainChange,
    pressing: pointer.pressing,
    cancelBrush: pointer.cancelBrush,
  });

  const t = useT(ganttMessages);
  const { title, description, note } = ganttTitles(trace, layout, props.title, t);
  const zoomFactor = (layout.extent[1] - layout.extent[0]) / (g.shown[1] - g.shown[0]);
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
  useEffect(() => {
    if (selectedRow !== undefined) onSelectTask?.(selectedRow);
  }, [selectedRow, onSelectTask]);
  const hosts = useCursorHosts(props.onCursorHosts, { axis, width: plotWidth, height: rowsHeight, top });
  const tipId = `${ids.hatch}-tip`;
  const helpId = `${ids.hatch}-help`;
  const stretched = layout !== g.base;
  return (
    <figure
      className="gantt"
      data-view={view}
      data-mode={layout.mode}
      data-stretched={stretched ? 'true' : undefined}
      data-rows={layout.rows.length}
      data-row-height={layout.rowHeight}
      data-rows-top={top}
      style={stretched ? ({ '--gantt-label-scale': labelScale(layout, g.base) } as CSSProperties) : undefined}
    >
      <GanttToolbar
        title={title}
        titleId={`${ids.hatch}-caption`}
        note={note}
        domain={g.zoomed}
        extent={g.full}
        onZoomIn={() => zoom.zoomIn()}
        onZoomOut={() => zoom.zoomOut()}
        onReset={zoom.reset}
      />
      <div ref={g.setFrame} className="gantt-frame">
        <GanttPlot
          layout={layout}
          axis={axis}
          plotWidth={plotWidth}
          maxHeight={g.maxHeight}
          indices={g.rows.indices}
          showEvents={showEvents}
          ids={ids}
          title={title}
          description={description}
          svgRef={props.svgRef}
          setScroller={g.setScroller}
          ring={ring}
          top={top}
          band={(where) => <CalloutBandView band={g.band} width={plotWidth} hidden={where === 'sticky'} />}
          underlay={<CalloutGuides band={g.band} top={top} height={rowsHeight} />}
          overlay={
            <>
              <GuessLine band={g.band} top={top} height={rowsHeight} />
              <g ref={hosts.plot} />
            </>
          }
          axisOverlay={(where) => <g ref={where === 'sticky' ? hosts.axisSticky : hosts.axisSvg} />}
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
        <GanttFrameLayers
          brush={pointer.brush}
          height={g.viewport}
          tip={
            target === null || targetItem === null
              ? null
              : {
                  id: tipId,
                  item: targetItem,
                  at: tooltipPlacement(
                    layout,
                    target,
                    pointer.hover?.x ?? null,
                    axis,
                    g.width,
                    g.rows.scrollTop,
                    g.viewport,
                    top,
                  ),
                }
          }
          helpId={helpId}
          help={t('keysHelp')}
          focused={keys.active && keys.item !== null ? describeItem(keys.item, lang) : ''}
        />
      </div>
      {props.legend === true && <GanttLegend view={view} />}
    </figure>
  );
});
