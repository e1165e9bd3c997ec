import type { TaskState, Trace } from './types';

/** What happens to some tasks at one moment of a walk-through. */
export type WalkChange =
  | 'suspends'
  | 'response-ready'
  | 'response-runs'
  | 'response-done'
  | 'unblocks'
  | 'yields'
  | 'created-running'
  | 'created-ready'
  | 'created-queued'
  | 'created-suspended'
  | 'created-blocked'
  | 'dequeued'
  | 'runs'
  | 'blocks'
  | 'done'
  | 'failed'
  | 'callback';

/** The order a caption tells a moment's changes in. */
export const WALK_ORDER: readonly WalkChange[] = [
  'suspends',
  'response-ready',
  'response-runs',
  'response-done',
  'unblocks',
  'yields',
  'created-running',
  'created-ready',
  'created-queued',
  'created-suspended',
  'created-blocked',
  'dequeued',
  'runs',
  'blocks',
  'done',
  'failed',
  'callback',
];

export interface WalkPart {
  readonly change: WalkChange;
  /** Labels of the tasks concerned, in trace order. */
  readonly tasks: readonly string[];
  /** Their ids, in the same order. */
  readonly ids: readonly string[];
}

/** One step of a guided walk-through: a moment of the run and what happens then (captioned by the UI). */
export interface WalkStep {
  readonly time: number;
  readonly parts: readonly WalkPart[];
}

type Change = WalkChange;

function change(from: TaskState | null, to: TaskState, responded: boolean): Change | null {
  if (from === null) {
    if (to === 'ready' || to === 'running' || to === 'suspended' || to === 'queued' || to === 'blocked')
      return `created-${to}`;
    return null;
  }
  if (to === 'done' || to === 'failed')
    return from === 'suspended' && responded && to === 'done' ? 'response-done' : to;
  if (to === 'suspended') return 'suspends';
  if (to === 'blocked') return 'blocks';
  if (from === 'suspended') return to === 'running' ? 'response-runs' : 'response-ready';
  if (from === 'blocked') return 'unblocks';
  if (from === 'queued') return to === 'running' ? 'runs' : 'dequeued';
  if (to === 'running') return 'runs';
  if (to === 'ready') return responded ? 'response-ready' : 'yields';
  return null;
}

/** At most this many steps: a walk-through is short. */
export const MAX_STEPS = 60;

/**
 * A guided walk-through of a (small) run: one step per moment something changes, with what changes for which
 * tasks, from the trace's segments and events (the UI words it: "task 1 awaits the request: it suspends; the
 * loop runs task 2"). Pure; the first {@link MAX_STEPS} moments.
 *
 * @example walkthrough(lifecycleTrace)[1].parts // [{ change: 'suspends', tasks: ['task 1'] }, { change: 'runs', tasks: ['task 2'] }]
 */
export function walkthrough(trace: Trace): WalkStep[] {
  const at = new Map<number, Map<Change, { tasks: string[]; ids: string[] }>>();
  const add = (time: number, c: Change, id: string, label: string) => {
    let byChange = at.get(time);
    if (byChange === undefined) at.set(time, (byChange = new Map()));
    const list = byChange.get(c);
    if (list === undefined) byChange.set(c, { tasks: [label], ids: [id] });
    else if (!list.ids.includes(id)) {
      list.tasks.push(label);
      list.ids.push(id);
    }
  };
  const responses = new Set(
    trace.events
      .filter((e) => e.kind === 'response-received' && e.task !== undefined)
      .map((e) => `${e.task}@${e.time}`),
  );
  for (const task of trace.tasks) {
    let prev: TaskState | null = null;
    for (const s of task.segments) {
      const c = change(prev, s.state, responses.has(`${task.id}@${s.start}`));
      if (c !== null && s.state !== prev) add(s.start, c, task.id, task.label);
      prev = s.state;
    }
  }
  const labels = new Map(trace.tasks.map((t) => [t.id, t.label] as const));
  for (const e of trace.events)
    if (e.kind === 'callback' && e.task !== undefined)
      add(e.time, 'callback', e.task, labels.get(e.task) ?? e.task);
  const times = [...at.keys()].sort((a, b) => a - b).slice(0, MAX_STEPS);
  return times.map((time) => {
    const byChange = at.get(time) as Map<Change, { tasks: string[]; ids: string[] }>;
    return {
      time,
      parts: WALK_ORDER.filter((c) => byChange.has(c)).map((change) => ({
        change,
        ...(byChange.get(change) as { tasks: string[]; ids: string[] }),
      })),
    };
  });
}

/** The index of the step on screen at `cursor`: the last step at or before it; -1 before the first or with no cursor. */
export function stepIndexAt(steps: readonly WalkStep[], cursor: number | null): number {
  if (cursor === null) return -1;
  let found = -1;
  for (let i = 0; i < steps.length && steps[i].time <= cursor; i++) found = i;
  return found;
}
