import { laneOrder } from '../../trace/lanes';
import type { TaskState, Trace } from '../../trace/types';
import { ROW_HEIGHT } from './geometry';
import { rowsLayout } from './layoutRows';
import type { GanttItem, GanttLayout, GanttMarker, GanttRow, MarkerKind } from './layoutTypes';
import { buildStack, stackRuns, type StateSpan } from './stack';

/** The waiting band's states, bottom to top. */
export const WAIT_STATES: readonly TaskState[] = ['ready', 'suspended', 'queued'];

const LANE_MARKS: Partial<Record<string, MarkerKind>> = {
  suspend: 'suspend',
  resume: 'resume',
  callback: 'callback',
  'process-exit': 'exit',
};

interface LaneBucket {
  readonly main: GanttItem[];
  readonly waiting: StateSpan[];
  /** Failed tasks (any order) and lane events (in trace order, which is time order). */
  readonly failed: GanttMarker[];
  readonly events: GanttMarker[];
}

/** Sorts the few failed markers and merges them into the already time-sorted events. */
export function mergeMarkers(failed: GanttMarker[], events: readonly GanttMarker[]): GanttMarker[] {
  if (failed.length === 0) return [...events];
  failed.sort((x, y) => x.time - y.time);
  const out: GanttMarker[] = [];
  let i = 0;
  for (const e of events) {
    while (i < failed.length && failed[i].time <= e.time) out.push(failed[i++]);
    out.push(e);
  }
  return out.concat(failed.slice(i));
}

/**
 * One row per lane: running / blocked tasks, done-callbacks and start-up in the main band, waiting tasks counted
 * below.
 */
export function layoutLanes(trace: Trace): GanttLayout {
  const ordered = laneOrder(trace.lanes);
  const buckets = new Map<string, LaneBucket>();
  const bucket = (id: string): LaneBucket => {
    let b = buckets.get(id);
    if (b === undefined) buckets.set(id, (b = { main: [], waiting: [], failed: [], events: [] }));
    return b;
  };
  for (const lane of trace.lanes) {
    if (lane.startup) {
      const { start, end } = lane.startup;
      bucket(lane.id).main.push({
        state: 'startup',
        start,
        end,
        band: 'main',
        who: { kind: 'named', name: lane.label },
        where: null,
        share: null,
      });
    }
  }
  for (const task of trace.tasks) {
    const who = { kind: 'named', name: task.label } as const;
    for (const s of task.segments) {
      const b = bucket(s.lane);
      if (s.state === 'running' || s.state === 'blocked') {
        b.main.push({
          state: s.state,
          start: s.start,
          end: s.end,
          band: 'main',
          who,
          where: null,
          share: null,
        });
      } else if (s.state === 'failed') b.failed.push({ kind: 'failed', time: s.start });
      else if (s.state !== 'done') b.waiting.push(s);
    }
  }
  const labels = new Map(trace.tasks.map((task) => [task.id, task.label] as const));
  for (const e of trace.events) {
    const kind = LANE_MARKS[e.kind];
    if (kind !== undefined) bucket(e.lane).events.push({ kind, time: e.time });
    // A done-callback holds the loop like a running task: a bar in the main band, named by its task.
    if (e.kind === 'callback' && e.end !== undefined)
      bucket(e.lane).main.push({
        state: 'callback',
        start: e.time,
        end: e.end,
        band: 'main',
        who:
          e.task === undefined ? { kind: 'callback' } : { kind: 'named', name: labels.get(e.task) ?? e.task },
        where: null,
        share: null,
      });
  }
  let stackMax = 0;
  let queueMax = 0;
  const rows: GanttRow[] = ordered.map(({ lane, depth }) => {
    const b = bucket(lane.id);
    const stack = b.waiting.length > 0 ? buildStack(b.waiting, WAIT_STATES) : null;
    let waiting = 0;
    let queue = 0;
    if (stack !== null) {
      const [ready, suspended, queued] = stack.counts;
      ready.forEach((c, i) => (waiting = Math.max(waiting, c + suspended[i])));
      for (const c of queued) queue = Math.max(queue, c);
    }
    stackMax = Math.max(stackMax, waiting);
    queueMax = Math.max(queueMax, queue);
    const waitItems: GanttItem[] = (stack === null ? [] : stackRuns(stack)).map((r) => ({
      state: r.state,
      start: r.start,
      end: r.end,
      band: 'wait',
      who: { kind: 'waiting', min: r.min, max: r.max },
      where: null,
      share: null,
    }));
    const items = [...b.main, ...waitItems].sort((x, y) => x.start - y.start || (x.band === 'main' ? -1 : 1));
    const markers = mergeMarkers(b.failed, b.events);
    const waits = waiting > 0 || queue > 0 ? { waiting, queued: queue } : null;
    return { id: lane.id, label: lane.label, depth, kind: 'lane', waits, items, markers, stack };
  });
  return rowsLayout(trace, 'lanes', rows, ROW_HEIGHT.lane, { stackMax, queueMax });
}
