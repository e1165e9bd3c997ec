import { GANTT_LABEL_WIDTH } from './constants';
import type { TooltipPlacement } from './GanttTooltip';
import { AXIS_HEIGHT } from './geometry';
import type { Lang } from '../../i18n';
import { describeItem } from './format';
import type { GanttItem, GanttLayout } from './layoutTypes';
import type { Focus } from './navigation';
import type { Ring } from './GanttPlot';
import { mainBand, waitBand } from './shapes';
import type { TimeAxis } from './zoom';

/** The visible part of an item, in plot px. */
function span(item: GanttItem, axis: TimeAxis, plotWidth: number): [number, number] {
  const x0 = Math.min(Math.max(axis.scale(item.start), 0), plotWidth);
  const x1 = Math.min(Math.max(axis.scale(item.end), 0), plotWidth);
  return [x0, x1];
}

/** Where the focus ring goes: around the item's band, in the rows' coordinates. */
export function focusRing(
  layout: GanttLayout,
  focus: Focus,
  item: GanttItem,
  axis: TimeAxis,
  plotWidth: number,
  id: string,
  lang: Lang = 'en',
): Ring {
  const row = layout.rows[focus.row];
  const band = item.band === 'wait' ? waitBand(layout.rowHeight) : mainBand(layout.rowHeight, row.kind);
  const [x0, x1] = span(item, axis, plotWidth);
  return {
    id,
    x: GANTT_LABEL_WIDTH + x0 - 2.5,
    y: focus.row * layout.rowHeight + band.top - 2.5,
    w: Math.max(x1 - x0, 1) + 5,
    h: band.height + 5,
    label: describeItem(item, lang),
  };
}

/** Tooltip placement in the frame: under the row, or over it when the row sits near the bottom of the view. */
export function tooltipPlacement(
  layout: GanttLayout,
  target: Focus,
  pointerX: number | null,
  axis: TimeAxis,
  frameWidth: number,
  scrollTop: number,
  viewport: number,
  rowsTop = AXIS_HEIGHT,
): TooltipPlacement {
  const item = layout.rows[target.row].items[target.item];
  const [x0, x1] = span(item, axis, frameWidth - GANTT_LABEL_WIDTH);
  const top = rowsTop + target.row * layout.rowHeight - scrollTop;
  const bottom = top + layout.rowHeight;
  return {
    x: pointerX ?? GANTT_LABEL_WIDTH + (x0 + x1) / 2,
    top,
    bottom,
    above: bottom + 84 > viewport && top >= 84,
    frameWidth,
  };
}
