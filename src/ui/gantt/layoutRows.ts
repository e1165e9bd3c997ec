import type { Trace } from '../../trace/types';
import { VIRTUAL_ABOVE } from './geometry';
import type { GanttLayout, GanttRow, GanttView } from './layoutTypes';
import { traceExtent } from './traceInfo';

/**
 * A layout of `rows` for a trace: the run's extent, its task count, and every row drawn, or past
 * {@link VIRTUAL_ABOVE} rows only those scrolled into view. `scales` gives grouped rows their mode and group size,
 * and lane rows their waiting bands' scales.
 *
 * @example rowsLayout(trace, 'tasks', rows, ROW_HEIGHT.task).mode // "rows"
 */
export function rowsLayout(
  trace: Trace,
  view: GanttView,
  rows: readonly GanttRow[],
  rowHeight: number,
  scales: Partial<Pick<GanttLayout, 'mode' | 'groupSize' | 'stackMax' | 'queueMax'>> = {},
): GanttLayout {
  return {
    view,
    mode: rows.length > VIRTUAL_ABOVE ? 'virtual' : 'rows',
    rows,
    extent: traceExtent(trace),
    rowHeight,
    taskCount: trace.tasks.length,
    groupSize: 1,
    stackMax: 0,
    queueMax: 0,
    ...scales,
  };
}
