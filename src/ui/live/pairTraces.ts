import type { Task, Trace } from '../../trace/types';

/** Words for the paired rows, in the page's language. */
export interface PairLabels {
  /** "{label} · live" */
  readonly live: (label: string) => string;
  /** "{label} · sim" */
  readonly sim: (label: string) => string;
}

const SIM = 'sim:';

/**
 * The live run and its simulation as ONE trace whose rows come in pairs: each live task directly above the same
 * task simulated, on one time axis, so a task that ran late or long in reality shows as a bar that sticks out
 * from its twin. Simulated lanes, tasks and events get a `sim:` prefix so their ids never meet the live ones.
 *
 * @example pairTraces(live, sim, labels).tasks.map((t) => t.label) // ["task 1 · live", "task 1 · sim", …]
 */
export function pairTraces(live: Trace, simulated: Trace, labels: PairLabels): Trace {
  const simTask = (task: Task): Task => ({
    ...task,
    id: SIM + task.id,
    label: labels.sim(task.label),
    lane: SIM + task.lane,
    segments: task.segments.map((s) => ({ ...s, lane: SIM + s.lane })),
  });
  const byId = new Map(simulated.tasks.map((t) => [t.id, t]));
  const paired = new Set<string>();
  const tasks: Task[] = [];
  for (const task of live.tasks) {
    tasks.push({ ...task, label: labels.live(task.label) });
    const twin = byId.get(task.id);
    if (twin) {
      tasks.push(simTask(twin));
      paired.add(twin.id);
    }
  }
  for (const task of simulated.tasks) if (!paired.has(task.id)) tasks.push(simTask(task));
  return {
    ...live,
    tasks,
    lanes: [
      ...live.lanes,
      ...simulated.lanes.map((l) => ({
        ...l,
        id: SIM + l.id,
        parent: l.parent === null ? null : SIM + l.parent,
      })),
    ],
    events: [
      ...live.events,
      ...simulated.events.map((e) => ({
        ...e,
        lane: SIM + e.lane,
        ...(e.task === undefined ? {} : { task: SIM + e.task }),
      })),
    ].sort((a, b) => a.time - b.time),
  };
}
