export { GanttChart, type GanttChartProps } from './GanttChart';
export { GanttLegend } from './GanttLegend';
export { GANTT_LABEL_WIDTH, GANTT_RIGHT_PAD } from './constants';
export { AXIS_HEIGHT, ROW_HEIGHT } from './geometry';
export { layoutGantt } from './layout';
export { traceExtent } from './traceInfo';
export { formatMs, formatSpan, describeItem, tickFormat } from './format';
export { timeAxis, zoomBy, clampDomain, type Domain, type TimeAxis } from './zoom';
export type {
  GanttItem,
  GanttLayout,
  GanttMarker,
  GanttMode,
  GanttRow,
  GanttView,
  ItemState,
  StateStack,
} from './layoutTypes';
