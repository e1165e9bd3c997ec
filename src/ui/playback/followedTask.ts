import type { CallbackAt, PythonState, TaskAt } from '../../trace/pythonState';

/** The task with this id among those the state lists (running, ready, suspended or queued), or null. */
function findTask(state: PythonState, id: string): TaskAt | null {
  const match = (x: TaskAt) => x.id === id;
  for (const p of state.processes) {
    for (const r of p.runners) {
      if (r.running?.id === id) return r.running;
      const found = r.ready.find(match) ?? r.suspended.find(match) ?? r.awaiting.find(match);
      if (found) return found;
    }
    const queued = p.queued.find(match);
    if (queued) return queued;
  }
  return null;
}

/**
 * The task whose line of Python the panel shows: the selected one if any, else the first running (or blocked)
 * task, else the head of a ready queue, else the first suspended or queued task, else main() awaiting its tasks. No allocation per call beyond
 * the answer: it runs every animation frame during playback.
 */
export function followedTask(
  state: PythonState,
  selected: string | null,
): { readonly id: string; readonly at: TaskAt | null } | null {
  if (selected !== null) return { id: selected, at: findTask(state, selected) };
  let pick: TaskAt | null = null;
  for (const p of state.processes) for (const r of p.runners) pick ??= r.running;
  for (const p of state.processes) for (const r of p.runners) pick ??= r.ready[0] ?? null;
  for (const p of state.processes) for (const r of p.runners) pick ??= r.suspended[0] ?? null;
  for (const p of state.processes) pick ??= p.queued[0] ?? null;
  for (const p of state.processes) for (const r of p.runners) pick ??= r.awaiting[0] ?? null;
  return pick ? { id: pick.id, at: pick } : null;
}

/**
 * The done-callback whose line the panel shows instead of a task's: the selected task's callback while it runs,
 * or, with nothing selected, the callback of the first loop that runs one when no thread before it runs a task
 * (the same order `followedTask` picks a running task in).
 */
export function followedCallback(state: PythonState, selected: string | null): CallbackAt | null {
  for (const p of state.processes)
    for (const r of p.runners) {
      if (selected !== null) {
        if (r.callback?.task === selected) return r.callback;
      } else if (r.running !== null) return null;
      else if (r.callback !== null) return r.callback;
    }
  return null;
}
