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

/**
 * Who an item is about, as data: layout is geometry, and the view words it in the reader's language
 * (ui/gantt/words.ts).
 */
export type ItemWho =
  /** A task, lane or group as the trace names it ("task 3", "process 1", "tasks 1–50"). */
  | { readonly kind: 'named'; readonly name: string }
  /** A lane's waiting band: between `min` and `max` tasks over the span ("1–5 tasks"). */
  | { readonly kind: 'waiting'; readonly min: number; readonly max: number }
  /** A done-callback that belongs to no task ("a callback"). */
  | { readonly kind: 'callback' };

/** How many of a grouped row's tasks are in the item's state: `min`–`max` of `size` ("48 of 50 tasks"). */
export interface GroupShare {
  readonly min: number;
  readonly max: number;
  readonly size: number;
}

/** One drawable, focusable span of a row. */
export interface GanttItem {
  readonly state: ItemState;
  readonly start: number;
  readonly end: number;
  readonly band: Band;
  readonly who: ItemWho;
  /** Where, when it adds something: the lane's label as the trace names it. */
  readonly where: string | null;
  /** A grouped row's share of tasks in this state, for the tooltip. */
  readonly share: GroupShare | null;
}

/** A lane's largest counts of waiting (ready + suspended) and queued tasks, said under its label. */
export interface LaneWaits {
  readonly waiting: number;
  readonly queued: number;
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
  /** As the trace names it; the view puts it in the reader's language. */
  readonly label: string;
  /** Nesting: 0 for tasks and top-level lanes, 1 for a thread in a process, … */
  readonly depth: number;
  readonly kind: 'task' | 'lane' | 'group';
  /** What a lane's second, quieter line says ("≤ 5 waiting · ≤ 20 queued"); null when nothing waits. */
  readonly waits: LaneWaits | null;
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
}
