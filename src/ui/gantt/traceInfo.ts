import type { Trace } from '../../trace/types';

export { traceExtent } from '../../trace';

/** The lane label for an id, or the id itself when the trace does not list it. */
export function laneLabels(trace: Trace): (id: string) => string {
  const labels = new Map(trace.lanes.map((l) => [l.id, l.label] as const));
  return (id) => labels.get(id) ?? id;
}
