import type { Lane } from './types';

export interface OrderedLane {
  readonly lane: Lane;
  /** 0 for top-level lanes, 1 for their children, and so on. */
  readonly depth: number;
}

/**
 * Lanes in display order: depth-first, each parent before its children, siblings in the order the trace lists
 * them. A lane whose parent is unknown, or that sits on a parent cycle, is shown as a top-level lane.
 */
export function laneOrder(lanes: readonly Lane[]): OrderedLane[] {
  const known = new Set(lanes.map((l) => l.id));
  const children = new Map<string, Lane[]>();
  const roots: Lane[] = [];
  for (const lane of lanes) {
    if (lane.parent === null || !known.has(lane.parent)) roots.push(lane);
    else {
      const list = children.get(lane.parent);
      if (list === undefined) children.set(lane.parent, [lane]);
      else list.push(lane);
    }
  }
  const out: OrderedLane[] = [];
  const seen = new Set<string>();
  const visit = (root: Lane): void => {
    // Explicit stack, children pushed in reverse so they pop in trace order.
    const stack: OrderedLane[] = [{ lane: root, depth: 0 }];
    while (stack.length > 0) {
      const item = stack.pop() as OrderedLane;
      if (seen.has(item.lane.id)) continue;
      seen.add(item.lane.id);
      out.push(item);
      const kids = children.get(item.lane.id) ?? [];
      for (let k = kids.length - 1; k >= 0; k--) stack.push({ lane: kids[k], depth: item.depth + 1 });
    }
  };
  roots.forEach(visit);
  for (const lane of lanes) if (!seen.has(lane.id)) visit(lane);
  return out;
}

/**
 * A function from a lane id to the nearest lane, itself or an ancestor through `parent`, that `accept`s; the
 * top-level ancestor if none does. Unknown lanes map to themselves; a parent cycle stops the walk. Memoised.
 */
export function enclosingLaneOf(
  lanes: readonly Lane[],
  accept: (lane: Lane) => boolean,
): (laneId: string) => string {
  const byId = new Map(lanes.map((l) => [l.id, l] as const));
  const memo = new Map<string, string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  return (laneId) => {
    const known = memo.get(laneId);
    if (known !== undefined) return known;
    // Walk up until a lane that is accepted, top-level, already answered, or seen on this walk (a cycle); then
    // every lane walked gets the same answer, so each lane is walked once over all calls (linear in lanes).
    let found = laneId;
    let at = byId.get(laneId);
    while (at !== undefined) {
      const cached = memo.get(at.id);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      if (onPath.has(at.id)) break;
      found = at.id;
      path.push(at.id);
      onPath.add(at.id);
      if (accept(at) || at.parent === null) break;
      at = byId.get(at.parent);
    }
    memo.set(laneId, found);
    for (const lane of path) memo.set(lane, found);
    path.length = 0;
    onPath.clear();
    return found;
  };
}

/** A function from a lane id to its top-level ancestor's id (itself for a top-level lane). */
export function topLevelLaneOf(lanes: readonly Lane[]): (laneId: string) => string {
  return enclosingLaneOf(lanes, (lane) => lane.parent === null);
}

/**
 * A function from a lane id to the process (or Web Worker) it runs in: the nearest `process` or `worker` lane,
 * itself or an ancestor. Pool processes are children of the main process, so this is not the top-level lane.
 */
export function processLaneOf(lanes: readonly Lane[]): (laneId: string) => string {
  return enclosingLaneOf(lanes, (lane) => lane.kind === 'process' || lane.kind === 'worker');
}
