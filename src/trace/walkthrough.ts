import type { TaskState, Trace } from './types';

/** One step of a guided walk-through: a moment of the run and what happens then, in words. */
export interface WalkStep {
  readonly time: number;
  readonly caption: string;
}

type Change = 'response-done' | 'created-ready' | 'created-running' | 'created-suspended' | 'created-queued' | 'created-blocked' | 'suspends' | 'response-ready' | 'response-runs' | 'runs' | 'yields' | 'blocks' | 'unblocks' | 'dequeued' | 'done' | 'failed' | 'callback';

/** Phrases in the order a caption tells them, `{}` standing for the tasks. */
const PHRASES: readonly (readonly [Change, string, string])[] = [
  // [change, one task, several tasks]
  ['suspends', '{} awaits the request: it suspends', '{} await their requests: they suspend'],
  ['response-ready', 'the response for {} arrives: ready again', 'the responses for {} arrive: ready again'],
  ['response-runs', 'the response for {} arrives and the loop resumes it', 'the responses for {} arrive'],
  ['response-done', 'the response for {} arrives: done', 'the responses for {} arrive: done'],
  ['unblocks', 'the response for {} arrives', 'the responses for {} arrive'],
  ['yields', '{} yields to the loop: ready', '{} yield to the loop: ready'],
  ['created-running', '{} is created and runs', '{} are created'],
  ['created-ready', '{} is created: pending', '{} are created: pending'],
  ['created-queued', '{} is created: queued', '{} are created: queued'],
  ['created-suspended', '{} is created, sends its request and suspends', '{} are created, send their requests and suspend'],
  ['created-blocked', '{} is created and blocks on its request', '{} are created and block on their requests'],
  ['dequeued', '{} gets its turn', '{} get their turn'],
  ['runs', 'the loop runs {}', 'the loop runs {}'],
  ['blocks', '{} blocks the thread on its request', '{} block their threads'],
  ['done', '{} finishes: done', '{} finish: done'],
  ['failed', '{} fails', '{} fail'],
  ['callback', 'the done-callback for {} runs on the loop', 'the done-callbacks for {} run on the loop'],
];

function change(from: TaskState | null, to: TaskState, responded: boolean): Change | null {
  if (from === null) {
    if (to === 'ready' || to === 'running' || to === 'suspended' || to === 'queued' || to === 'blocked') return `created-${to}`;
    return null;
  }
  if (to === 'done' || to === 'failed') return from === 'suspended' && responded && to === 'done' ? 'response-done' : to;
  if (to === 'suspended') return 'suspends';
  if (to === 'blocked') return 'blocks';
  if (from === 'suspended') return to === 'running' ? 'response-runs' : 'response-ready';
  if (from === 'blocked') return 'unblocks';
  if (from === 'queued') return to === 'running' ? 'runs' : 'dequeued';
  if (to === 'running') return 'runs';
  if (to === 'ready') return responded ? 'response-ready' : 'yields';
  return null;
}

/** "task 1", "task 1 and task 2", "task 1, task 2 and task 3", "5 tasks". */
function names(labels: readonly string[]): string {
  if (labels.length > 3) return `${labels.length} tasks`;
  if (labels.length === 1) return labels[0];
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** At most this many steps: a walk-through is short. */
export const MAX_STEPS = 60;

/**
 * A guided walk-through of a (small) run: one step per moment something changes, captioned from the trace's
 * segments and events ("task 1 awaits the request: it suspends; the loop runs task 2"). Pure; the first
 * {@link MAX_STEPS} moments.
 *
 * @example walkthrough(lifecycleTrace)[0] // { time: 0, caption: "Task 1 is created and runs; task 2 and task 3 are created: pending" }
 */
export function walkthrough(trace: Trace): WalkStep[] {
  const at = new Map<number, Map<Change, string[]>>();
  const add = (time: number, c: Change, label: string) => {
    let byChange = at.get(time);
    if (byChange === undefined) at.set(time, (byChange = new Map()));
    const list = byChange.get(c);
    if (list === undefined) byChange.set(c, [label]);
    else if (!list.includes(label)) list.push(label);
  };
  const responses = new Set(trace.events.filter((e) => e.kind === 'response-received' && e.task !== undefined).map((e) => `${e.task}@${e.time}`));
  for (const task of trace.tasks) {
    let prev: TaskState | null = null;
    for (const s of task.segments) {
      const c = change(prev, s.state, responses.has(`${task.id}@${s.start}`));
      if (c !== null && s.state !== prev) add(s.start, c, task.label);
      prev = s.state;
    }
  }
  const labels = new Map(trace.tasks.map((t) => [t.id, t.label] as const));
  for (const e of trace.events) if (e.kind === 'callback' && e.task !== undefined) add(e.time, 'callback', labels.get(e.task) ?? e.task);
  const times = [...at.keys()].sort((a, b) => a - b).slice(0, MAX_STEPS);
  return times.map((time) => {
    const byChange = at.get(time) as Map<Change, string[]>;
    const parts = PHRASES.filter(([c]) => byChange.has(c)).map(([c, one, many]) => {
      const list = byChange.get(c) as string[];
      return (list.length === 1 ? one : many).replace('{}', names(list));
    });
    const caption = parts.join('; ');
    // Code-like labels stay as they are ("main()"); a leading "the" or "task" is capitalised.
    return { time, caption: /^(the|task) /.test(caption) ? `T${caption.slice(1)}` : caption };
  });
}

/** The index of the step on screen at `cursor`: the last step at or before it; -1 before the first or with no cursor. */
export function stepIndexAt(steps: readonly WalkStep[], cursor: number | null): number {
  if (cursor === null) return -1;
  let found = -1;
  for (let i = 0; i < steps.length && steps[i].time <= cursor; i++) found = i;
  return found;
}
