import type { Segment, Task, Trace, TraceEvent } from '../../trace/types';
import { eventKindOf, STRING_SEPARATOR, stateOf, type PackedTrace } from './packedTrace';

/** How many tasks (or events) to rebuild before yielding to the page. */
const SLICE = 8000;

/** Lets the page paint and handle input between slices. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Rebuilds the trace (page side) a slice at a time, so even 100,000 tasks never block input for more than a
 * few tens of milliseconds; `onProgress` gets the fraction done, `isStale` stops the work early.
 */
export async function unpackTrace(
  p: PackedTrace,
  onProgress: (fraction: number) => void = () => {},
  isStale: () => boolean = () => false,
): Promise<Trace | null> {
  const strings = p.strings.split(STRING_SEPARATOR);
  const n = p.taskId.length;
  const m = p.evKind.length;
  const total = n + m || 1;
  const tasks: Task[] = new Array(n);
  const events: TraceEvent[] = new Array(m);
  const mains = new Set(p.mainTasks);
  const lines = p.segLine.length > 0;
  for (let from = 0; from < n; from += SLICE) {
    for (let i = from; i < Math.min(n, from + SLICE); i++) {
      const segments: Segment[] = [];
      for (let k = p.segOffset[i]; k < p.segOffset[i + 1]; k++) {
        const segment: Segment = {
          state: stateOf(p.segState[k]),
          start: p.segStart[k],
          end: p.segEnd[k],
          lane: strings[p.segLane[k]],
        };
        const line = lines ? p.segLine[k] : 0;
        segments.push(line > 0 ? { ...segment, line } : segment);
      }
      const task: Task = {
        id: strings[p.taskId[i]],
        label: strings[p.taskLabel[i]],
        lane: strings[p.taskLane[i]],
        segments,
      };
      tasks[i] = mains.has(i) ? { ...task, role: 'main' } : task;
    }
    if (n + m > SLICE) {
      onProgress(Math.min(n, from + SLICE) / total);
      await yieldToPage();
      if (isStale()) return null;
    }
  }
  for (let from = 0; from < m; from += SLICE * 2) {
    for (let j = from; j < Math.min(m, from + SLICE * 2); j++) {
      const t = p.evTask[j];
      const base = { kind: eventKindOf(p.evKind[j]), time: p.evTime[j], lane: strings[p.evLane[j]] };
      const end = p.evEnd[j];
      const withTask = t < 0 ? base : { ...base, task: strings[t] };
      events[j] = Number.isNaN(end) ? withTask : { ...withTask, end };
    }
    if (n + m > SLICE) {
      onProgress((n + Math.min(m, from + SLICE * 2)) / total);
      await yieldToPage();
      if (isStale()) return null;
    }
  }
  const { version, engine, scenario, lanes, cancelled, program } = p;
  return {
    version,
    engine,
    scenario,
    lanes,
    tasks,
    events,
    ...(cancelled === undefined ? {} : { cancelled }),
    ...(program === undefined ? {} : { program }),
  };
}
