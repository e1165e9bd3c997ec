import { localLabel } from './traceLabel';
import type { Lang } from '../../i18n';
import type { Task, Trace, TraceEvent } from '../../trace/types';
import { GROUP_ABOVE, ROW_HEIGHT, VIRTUAL_ABOVE } from './geometry';
import { layoutGroups } from './layoutGroups';
import { layoutLanes } from './layoutLanes';
import type { GanttItem, GanttLayout, GanttMarker, GanttRow, GanttView, MarkerKind } from './layoutTypes';
import { laneLabels, traceExtent } from './traceInfo';

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
  for (const s of task.segments) {
    if (s.state === 'done' || s.state === 'failed') markers.push({ kind: s.state, time: s.start });
    else
      items.push({
        state: s.state,
        start: s.start,
        end: s.end,
        band: 'main',
        label: task.label,
        where: laneLabel(s.lane),
        detail: null,
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
        label: task.label,
        where: laneLabel(e.lane),
        detail: null,
      });
  }
  markers.sort((a, b) => a.time - b.time);
  return {
    id: task.id,
    label: task.label,
    depth: 0,
    kind: 'task',
    sublabel: null,
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
  return {
    view: 'tasks',
    mode: rows.length > VIRTUAL_ABOVE ? 'virtual' : 'rows',
    rows,
    extent: traceExtent(trace),
    rowHeight: ROW_HEIGHT.task,
    taskCount: trace.tasks.length,
    groupSize: 1,
    stackMax: 0,
    queueMax: 0,
    note: null,
  };
}

/**
 * Lays a trace out as Gantt rows, a pure function of its inputs (memoise it on `trace` and `view`).
 * Task view: one row per task, or, past {@link GROUP_ABOVE} tasks, one row per group of tasks.
 * Lane view: one row per lane in process → thread / event-loop order, running and blocked tasks as bars,
 * waiting tasks as counts.
 *
 * @example layoutGantt(trace, 'tasks').rows[2].label // "task 3"
 */
export function layoutGantt(trace: Trace, view: GanttView, lang: Lang = 'en'): GanttLayout {
  const layout =
    view === 'lanes'
      ? layoutLanes(trace, lang)
      : trace.tasks.length > GROUP_ABOVE
        ? layoutGroups(trace, lang)
        : layoutTasks(trace);
  return lang === 'en' ? layout : localised(layout, lang);
}

/** Row and item labels in the reader's language (the trace keeps the names it was recorded with). */
function localised(layout: GanttLayout, lang: Lang): GanttLayout {
  const cache = new Map<string, string>();
  const local = (label: string) => {
    let out = cache.get(label);
    if (out === undefined) cache.set(label, (out = localLabel(label, lang)));
    return out;
  };
  return {
    ...layout,
    rows: layout.rows.map((row) => ({
      ...row,
      label: local(row.label),
      items: row.items.map((item) => ({
        ...item,
        label: local(item.label),
        where: item.where === null ? null : local(item.where),
      })),
    })),
  };
}
