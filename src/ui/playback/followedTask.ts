import type { PythonState, TaskAt } from '../../trace/pythonState';

/** Every task the state names, by id (the lists hold each task at most once). */
export function tasksIn(state: PythonState): Map<string, TaskAt> {
  const out = new Map<string, TaskAt>();
  for (const p of state.processes) {
    for (const r of p.runners) {
      if (r.running) out.set(r.running.id, r.running);
      for (const x of r.ready) out.set(x.id, x);
      for (const x of r.suspended) out.set(x.id, x);
    }
    for (const x of p.queued) out.set(x.id, x);
  }
  return out;
}

/**
 * The task whose line of Python the panel shows: the selected one if any, else the first running (or blocked)
 * task, else the head of a ready queue, else the first suspended or queued task.
 */
export function followedTask(state: PythonState, selected: string | null): { readonly id: string; readonly at: TaskAt | null } | null {
  const all = tasksIn(state);
  if (selected !== null) return { id: selected, at: all.get(selected) ?? null };
  const runners = state.processes.flatMap((p) => p.runners);
  const pick = runners.find((r) => r.running)?.running ?? runners.find((r) => r.ready.length > 0)?.ready[0] ?? all.values().next().value;
  return pick ? { id: pick.id, at: pick } : null;
}
