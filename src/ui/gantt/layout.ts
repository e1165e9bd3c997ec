import type { Task, Trace, TraceEvent } from '../../trace/types';
import { GROUP_ABOVE, ROW_HEIGHT } from './geometry';
import { layoutGroups } from './layoutGroups';
import { layoutLanes } from './layoutLanes';
import { rowsLayout } from './layoutRows';
import type { GanttItem, GanttLayout, GanttMarker, GanttRow, GanttView, MarkerKind } from './layoutTypes';
import { laneLabels } from './traceInfo';

/** Point events drawn as glyphs on a task's row, by the trace's event kind. */
const TASK_MARKS: Partial<Record<TraceEvent['kind'], MarkerKind>> = {
  suspend: 'suspend',
  resume: 'resume',
  callback: 'callback',
};

/**
 * One row per task: its segments as items, its end and its suspend / resume / callback events as markers, and
 * its done-callbacks (after its end: the loop runs them once the task is done) as `callback` items.
 */
export function taskRow(
  task: Task,
  laneLabel: (id: string) => string,
  events: readonly TraceEvent[],
): GanttRow {
  const items: GanttItem[] = [];
  const markers: GanttMarker[] = [];
  const who = { kind: 'named', name: task.label } as const;
  for (const s of task.segments) {
    if (s.state === 'done' || s.state === 'failed') markers.push({ kind: s.state, time: s.start });
    else
      items.push({
        state: s.state,
        start: s.start,
        end: s.end,
        band: 'main',
        who,
        where: laneLabel(s.lane),
        share: null,
      });
  }
  for (const e of events) {
    const kind = TASK_MARKS[e.kind];
    if (kind !== undefined) markers.push({ kind, time: e.time });
    if (e.kind === 'callback' && e.end !== undefined)
      items.push({
        state: 'callback',
        start: e.time,
        end: e.end,
        band: 'main',
        who,
        where: laneLabel(e.lane),
        share: null,
      });
  }
  markers.sort((a, b) => a.time - b.time);
  return {
    id: task.id,
    label: task.label,
    depth: 0,
    kind: 'task',
    waits: null,
    items,
    markers,
    stack: null,
  };
}

function layoutTasks(trace: Trace): GanttLayout {
  const byTask = new Map<string, TraceEvent[]>();
  for (const e of trace.events) {
    if (e.task === undefined || TASK_MARKS[e.kind] === undefined) continue;
    const list = byTask.get(e.task);
    if (list === undefined) byTask.set(e.task, [e]);
    else list.push(e);
  }
  const label = laneLabels(trace);
  const rows = trace.tasks.map((t) => taskRow(t, label, byTask.get(t.id) ?? []));
  return rowsLayout(trace, 'tasks', rows, ROW_HEIGHT.task);
}

/**
 * Lays a trace out as Gantt rows, a pure function of its inputs (memoise it on `trace` and `view`). Geometry
 * only: labels stay as the trace names them and counts stay numbers; the view words them (words.ts).
 * Task view: one row per task, or, past {@link GROUP_ABOVE} tasks, one row per group of tasks.
 * Lane view: one row per lane in process → thread / event-loop order, running and blocked tasks as bars,
 * waiting tasks as counts.
 *
 * @example layoutGantt(trace, 'tasks').rows[2].label // "task 3"
 */
export function layoutGantt(trace: Trace, view: GanttView): GanttLayout {
  if (view === 'lanes') return layoutLanes(trace);
  return trace.tasks.length > GROUP_ABOVE ? layoutGroups(trace) : layoutTasks(trace);
}
