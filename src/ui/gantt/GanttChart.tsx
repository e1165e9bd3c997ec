import { useState, type Ref } from 'react';
import type { Trace } from '../../trace/types';
import { GanttChartBody } from './GanttChartBody';
import { CursorPortals, type CursorHosts } from './GanttMarks';
import type { GanttView } from './layoutTypes';
import type { GanttCallout, GanttGuess } from './marks';
import type { Domain } from './zoom';
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
