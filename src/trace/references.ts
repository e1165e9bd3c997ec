import type { Trace } from './types';

/**
 * Referential integrity of a trace whose shape is already valid: ids are unique, every lane a segment, task or
 * event names exists, every event's task exists, and lane parents exist without forming a cycle.
 * Returns one message per problem, each starting with its path; empty when all is well.
 */
export function checkReferences(trace: Trace): string[] {
  const problems: string[] = [];
  const lanes = new Map<string, string | null>();
  trace.lanes.forEach((lane, i) => {
    if (lanes.has(lane.id)) problems.push(`lanes[${i}].id: duplicate lane id ${JSON.stringify(lane.id)}`);
    lanes.set(lane.id, lane.parent);
  });
  const needLane = (laneId: string, where: string): void => {
    if (!lanes.has(laneId)) problems.push(`${where}: unknown lane ${JSON.stringify(laneId)}`);
  };

  trace.lanes.forEach((lane, i) => {
    if (lane.parent === null) return;
    needLane(lane.parent, `lanes[${i}].parent`);
    if (isInCycle(lane.id, lanes)) {
      problems.push(`lanes[${i}].parent: lane ${JSON.stringify(lane.id)} is its own ancestor`);
    }
  });

  const tasks = new Set<string>();
  trace.tasks.forEach((task, i) => {
    if (tasks.has(task.id)) problems.push(`tasks[${i}].id: duplicate task id ${JSON.stringify(task.id)}`);
    tasks.add(task.id);
    needLane(task.lane, `tasks[${i}].lane`);
    task.segments.forEach((seg, j) => needLane(seg.lane, `tasks[${i}].segments[${j}].lane`));
  });

  trace.events.forEach((event, i) => {
    needLane(event.lane, `events[${i}].lane`);
    if (event.task !== undefined && !tasks.has(event.task)) {
      problems.push(`events[${i}].task: unknown task ${JSON.stringify(event.task)}`);
    }
  });
  return problems;
}

/** Whether following `parent` from `start` comes back to `start` (at most lanes.size steps). */
function isInCycle(start: string, parents: ReadonlyMap<string, string | null>): boolean {
  let at = parents.get(start) ?? null;
  for (let steps = 0; at !== null && steps < parents.size; steps++) {
    if (at === start) return true;
    at = parents.get(at) ?? null;
  }
  return false;
}
