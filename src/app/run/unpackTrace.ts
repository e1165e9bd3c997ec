import type { Segment, Task, Trace, TraceEvent } from '../../trace/types';
import { eventKindOf, STRING_SEPARATOR, stateOf, type PackedTrace } from './packedTrace';

/**
 * How much to rebuild before yielding to the page: a task counts one plus its segments, an event one. About
 * 30 ms of work on a quiet machine: a 10,000-task trace crosses in three slices, 100,000 tasks in about twenty.
 */
const SLICE_COST = 50_000;

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
  const sliced = p.segState.length + n + m > SLICE_COST;
  const tasks: Task[] = new Array(n);
  const events: TraceEvent[] = new Array(m);
  const mains = new Set(p.mainTasks);
  const lines = p.segLine.length > 0;
  const { segOffset, segState, segStart, segEnd, segLane, segLine } = p;
  // Object literals of one shape each, not spreads: a 10,000-task trace is ~80,000 objects.
  let i = 0;
  while (i < n) {
    let cost = 0;
    for (; i < n && cost < SLICE_COST; i++) {
      const from = segOffset[i];
      const to = segOffset[i + 1];
      const segments: Segment[] = [];
      for (let k = from; k < to; k++) {
        const state = stateOf(segState[k]);
        const lane = strings[segLane[k]];
        const line = lines ? segLine[k] : 0;
        segments.push(
          line > 0
            ? { state, start: segStart[k], end: segEnd[k], lane, line }
            : { state, start: segStart[k], end: segEnd[k], lane },
        );
      }
      const id = strings[p.taskId[i]];
      const label = strings[p.taskLabel[i]];
      const lane = strings[p.taskLane[i]];
      tasks[i] = mains.has(i) ? { id, label, role: 'main', lane, segments } : { id, label, lane, segments };
      cost += 1 + to - from;
    }
    if (sliced && !(await handOver(onProgress, i / total, isStale))) return null;
  }
  const { evKind, evTime, evLane, evTask, evEnd } = p;
  let j = 0;
  while (j < m) {
    const to = Math.min(m, j + SLICE_COST);
    for (; j < to; j++) {
      const kind = eventKindOf(evKind[j]);
      const time = evTime[j];
      const lane = strings[evLane[j]];
      const t = evTask[j];
      const end = evEnd[j];
      if (Number.isNaN(end))
        events[j] = t < 0 ? { kind, time, lane } : { kind, time, lane, task: strings[t] };
      else events[j] = t < 0 ? { kind, time, lane, end } : { kind, time, lane, task: strings[t], end };
    }
    if (sliced && !(await handOver(onProgress, (n + j) / total, isStale))) return null;
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

/** Reports progress and yields to the page between slices; false when the work went stale meanwhile. */
async function handOver(
  onProgress: (fraction: number) => void,
  fraction: number,
  isStale: () => boolean,
): Promise<boolean> {
  onProgress(fraction);
  if (fraction >= 1) return !isStale();
  await yieldToPage();
  return !isStale();
}
