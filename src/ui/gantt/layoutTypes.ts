import type { TaskState } from '../../trace/types';

/** Which rows the Gantt shows: one per task, or one per lane (process → thread / event loop). */
export type GanttView = 'tasks' | 'lanes';

/**
 * How rows are drawn: `rows` draws every row, `virtual` only those scrolled into view, `grouped` folds
 * consecutive tasks into one row each ("tasks 1–50") because thousands of one-task rows are unreadable.
 */
export type GanttMode = 'rows' | 'virtual' | 'grouped';

/** A task state, a process starting up (a lane-level span), or a done-callback running on a loop. */
export type ItemState = TaskState | 'startup' | 'callback';

/** Lane rows have two bands: `main` (what holds the lane: running, blocked, start-up) and `wait` (counts). */
export type Band = 'main' | 'wait';

/** One drawable, focusable span of a row. */
export interface GanttItem {
  readonly state: ItemState;
  readonly start: number;
  readonly end: number;
  readonly band: Band;
  /** Who: "task 3", "process 1", "up to 5 tasks", "tasks 1–50". */
  readonly label: string;
  /** Where, when it adds something: the lane's label. */
  readonly where: string | null;
  /** Extra words for the tooltip, e.g. "48 of 50 tasks". */
  readonly detail: string | null;
}

export type MarkerKind = 'done' | 'failed' | 'suspend' | 'resume' | 'callback' | 'exit';

export interface GanttMarker {
  readonly kind: MarkerKind;
  readonly time: number;
}

/**
 * How many tasks are in each state over time: `counts[s][i]` holds on `[times[i], times[i + 1])`.
 * Lanes use it for their waiting band; grouped rows for their whole bar.
 */
export interface StateStack {
  readonly states: readonly TaskState[];
  readonly times: readonly number[];
  readonly counts: readonly (readonly number[])[];
  /** The largest total over time. */
  readonly max: number;
}

export interface GanttRow {
  readonly id: string;
  readonly label: string;
  /** Nesting: 0 for tasks and top-level lanes, 1 for a thread in a process, … */
  readonly depth: number;
  readonly kind: 'task' | 'lane' | 'group';
  /** A second, quieter line under the label, e.g. "≤ 5 waiting · ≤ 20 queued" on a lane. */
  readonly sublabel: string | null;
  /** Sorted by start. */
  readonly items: readonly GanttItem[];
  /** Sorted by time. */
  readonly markers: readonly GanttMarker[];
  readonly stack: StateStack | null;
}

export interface GanttLayout {
  readonly view: GanttView;
  readonly mode: GanttMode;
  readonly rows: readonly GanttRow[];
  /** The run's time span, ms: from 0 to the last thing that happens. */
  readonly extent: readonly [number, number];
  readonly rowHeight: number;
  readonly taskCount: number;
  /** Tasks per row: 1 unless grouped. */
  readonly groupSize: number;
  /** The most tasks ready + suspended on one lane at once (lane view), so waiting bands share one scale. */
  readonly stackMax: number;
  /** The longest queue on one lane (lane view): queued tasks are drawn as a line on their own scale. */
  readonly queueMax: number;
  /** Said on screen when the chart draws differently than one bar per task, e.g. "10,000 tasks: grouped 50 per row". */
  readonly note: string | null;
}
