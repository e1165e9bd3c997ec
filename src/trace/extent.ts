import type { Trace } from './types';

/** Extents already measured: a trace never changes, and the Gantt, its companions and playback all ask. */
const measured = new WeakMap<Trace, readonly [number, number]>();

/** The run's time span: from 0 to the last segment end, event or start-up (the playback's range). */
export function traceExtent(trace: Trace): readonly [number, number] {
  const known = measured.get(trace);
  if (known) return known;
  let end = 0;
  for (const task of trace.tasks) for (const s of task.segments) end = Math.max(end, s.end);
  for (const e of trace.events) end = Math.max(end, e.end ?? e.time);
  for (const lane of trace.lanes) if (lane.startup) end = Math.max(end, lane.startup.end);
  const extent = [0, end > 0 ? end : 1] as const;
  measured.set(trace, extent);
  return extent;
}
