import { AXIS_HEIGHT } from './geometry';
import type { GanttLayout } from './layoutTypes';

/** Rows grow at most this much when a chart is stretched to fill a slide (a 2-row run should not become bars 100 px tall). */
export const MAX_STRETCH = 3;

/**
 * The layout with taller rows so that it fills `height` px (the `header` above the rows included: axis, callouts), for presentation mode: five tasks on
 * a 1080 p projector fill the slide instead of a strip at the top. Only fully drawn charts stretch; a chart
 * whose rows already overflow `height`, or a virtualised or grouped one, is returned as is.
 *
 * @example stretchRows(layoutOf5Tasks, 600).rowHeight // 66 (3 × 22, the cap)
 */
export function stretchRows(layout: GanttLayout, height: number, header = AXIS_HEIGHT): GanttLayout {
  if (layout.mode !== 'rows' || layout.rows.length === 0) return layout;
  const room = height - header - 2;
  const rowHeight = Math.min(layout.rowHeight * MAX_STRETCH, Math.floor(room / layout.rows.length));
  return rowHeight > layout.rowHeight ? { ...layout, rowHeight } : layout;
}

/** How much the row labels grow with the rows (less than the rows: the label column keeps its width). */
export const labelScale = (stretched: GanttLayout, base: GanttLayout): number =>
  Math.min(1.35, stretched.rowHeight / base.rowHeight);
