import { laneOrder } from './lanes';
import type { Lane, Segment, Trace } from './types';

/** A segment as it sits on a lane, with the task it belongs to. */
export interface LaneSegment extends Segment {
  readonly task: string;
}

export interface LaneRow {
  readonly lane: Lane;
  /** Nesting depth: 0 for a process or worker, 1 for a thread or loop in it, ... */
  readonly depth: number;
  /** Every task's segments on this lane (terminal markers included), sorted by start; ties keep trace order. */
  readonly segments: readonly LaneSegment[];
}

/**
 * The lane view of a trace: lanes in display order (depth-first, parents before children) and, per lane, the
 * segments of every task that sat on it. O(n log n) in the number of segments.
 */
export function laneRows(trace: Trace): LaneRow[] {
  const byLane = new Map<string, LaneSegment[]>();
  for (const lane of trace.lanes) byLane.set(lane.id, []);
  for (const task of trace.tasks) {
    for (const seg of task.segments) {
      byLane
        .get(seg.lane)
        ?.push({ state: seg.state, start: seg.start, end: seg.end, lane: seg.lane, task: task.id });
    }
  }
  return laneOrder(trace.lanes).map(({ lane, depth }) => {
    const segments = byLane.get(lane.id) ?? [];
    segments.sort((a, b) => a.start - b.start); // stable: equal starts keep task order
    return { lane, depth, segments };
  });
}
