import type { Task, TaskState, Trace } from '../../trace/types';
import { ROW_HEIGHT, TARGET_GROUP_ROWS } from './geometry';
import { rowsLayout } from './layoutRows';
import type { GanttItem, GanttLayout, GanttMarker, GanttRow } from './layoutTypes';
import { buildStack, dominantRuns, type StateSpan } from './stack';

/** A grouped row's bar, bottom to top: what holds a thread first, then waiting. */
export const GROUP_STATES: readonly TaskState[] = ['running', 'blocked', 'ready', 'suspended', 'queued'];

const NICE = [1, 2, 2.5, 5];

/** The smallest of 1, 2, 5, 10, 20, 25, 50, 100, … that is at least `n`. */
export function niceGroupSize(n: number): number {
  for (let p = 1; ; p *= 10) for (const m of NICE) if (m * p >= n && Number.isInteger(m * p)) return m * p;
}

/** "tasks 1–50" when labels read "task 1" … "task 50"; otherwise "first – last". */
export function groupLabel(first: Task, last: Task): string {
  const a = /^(.*?)\s*(\d+)$/.exec(first.label);
  const b = /^(.*?)\s*(\d+)$/.exec(last.label);
  if (a !== null && b !== null && a[1] === b[1]) return `${a[1] === '' ? '' : `${a[1]}s `}${a[2]}–${b[2]}`;
  return `${first.label} – ${last.label}`;
}

/** A grouped row's drawing: its stack of states over time, its dominant runs as items, its failures. */
function groupDrawing(tasks: readonly Task[], label: string): Pick<GanttRow, 'items' | 'markers' | 'stack'> {
  const spans: StateSpan[] = [];
  const markers: GanttMarker[] = [];
  for (const task of tasks) {
    for (const s of task.segments) {
      if (s.state === 'failed') markers.push({ kind: 'failed', time: s.start });
      else if (s.state !== 'done') spans.push(s);
    }
  }
  const stack = buildStack(spans, GROUP_STATES);
  const size = tasks.length;
  const who = { kind: 'named', name: label } as const;
  const items: GanttItem[] = dominantRuns(stack).map((r) => ({
    state: r.state,
    start: r.start,
    end: r.end,
    band: 'main',
    who,
    where: null,
    share: { min: r.min, max: r.max, size },
  }));
  markers.sort((x, y) => x.time - y.time);
  return { items, markers, stack };
}

/**
 * One row for a group of tasks. Its drawing is made the first time something reads it (the row scrolled into
 * view, the keyboard or the pointer on it): of 10,000 tasks' 200 rows, a chart shows about 25.
 */
function groupRow(tasks: readonly Task[], index: number): GanttRow {
  const label = groupLabel(tasks[0], tasks[tasks.length - 1]);
  let drawing: Pick<GanttRow, 'items' | 'markers' | 'stack'> | null = null;
  const drawn = () => (drawing ??= groupDrawing(tasks, label));
  return {
    id: `group-${index}`,
    label,
    depth: 0,
    kind: 'group',
    waits: null,
    get items() {
      return drawn().items;
    },
    get markers() {
      return drawn().markers;
    },
    get stack() {
      return drawn().stack;
    },
  };
}

/** Task view for thousands of tasks: consecutive tasks folded into rows of a nice group size. */
export function layoutGroups(trace: Trace): GanttLayout {
  const n = trace.tasks.length;
  const size = niceGroupSize(Math.ceil(n / TARGET_GROUP_ROWS));
  const rows: GanttRow[] = [];
  for (let i = 0; i < n; i += size) rows.push(groupRow(trace.tasks.slice(i, i + size), rows.length));
  return rowsLayout(trace, 'tasks', rows, ROW_HEIGHT.group, {
    mode: 'grouped',
    groupSize: size,
    stackMax: size,
  });
}
