import type { Trace } from '../../trace/types';

/** The run's time span: from 0 to the last segment end, event or start-up. */
export function traceExtent(trace: Trace): [number, number] {
  let end = 0;
  for (const task of trace.tasks) for (const s of task.segments) end = Math.max(end, s.end);
  for (const e of trace.events) end = Math.max(end, e.time);
  for (const lane of trace.lanes) if (lane.startup) end = Math.max(end, lane.startup.end);
  return [0, end > 0 ? end : 1];
}

/** The lane label for an id, or the id itself when the trace does not list it. */
export function laneLabels(trace: Trace): (id: string) => string {
  const labels = new Map(trace.lanes.map((l) => [l.id, l.label] as const));
  return (id) => labels.get(id) ?? id;
}
