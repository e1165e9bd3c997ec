import { stringTable } from '../trace/stringTable';
import { packedColumns, type TraceColumns } from '../trace/traceColumns';
import type { TraceBody, TraceHead } from '../trace/columnarTrace';
import type { Task, TaskRole } from '../trace/types';
import type { EventLog } from './eventLog';
import type { SegmentLog } from './segmentLog';

/** What a finished run recorded, as the recorder keeps it (see recorder.ts). */
export interface RecordedRun {
  readonly taskCount: number;
  readonly laneIds: readonly string[];
  /** Per task: n > 0 for the label "task n", else its label is in `names`. */
  readonly labelNumbers: Int32Array;
  readonly names: ReadonlyMap<number, string>;
  readonly roles: ReadonlyMap<number, TaskRole>;
  /** Per task: the number of its home lane in `laneIds`. */
  readonly homeLanes: Int32Array;
  /** Per task: its latest segment's row in `segments`, and how many it has. */
  readonly lastSegment: Int32Array;
  readonly segmentsPerTask: Int32Array;
  readonly segments: SegmentLog;
  readonly events: EventLog;
}

/** Task i's id in every trace the simulator makes. */
export const taskIdOf = (index: number): string => `t${index + 1}`;

/** Task i's label: "task n" for a number n > 0 in `labelNumbers`, else its name. */
export function taskLabelOf(
  labelNumbers: Int32Array,
  names: ReadonlyMap<number, string>,
  index: number,
): string {
  const n = labelNumbers[index];
  return n > 0 ? `task ${n}` : (names.get(index) as string);
}

/**
 * A finished run handed over as a trace's body (trace/columnarTrace.ts): its tasks and time-sorted events made
 * as objects when first read, each array at its exact length, or packed as columns (`runColumns`).
 */
export function runBody(run: RecordedRun): TraceBody {
  let ids: string[] | undefined;
  const idsOf = (): string[] => (ids ??= Array.from({ length: run.taskCount }, (_, i) => taskIdOf(i)));
  return {
    tasks: () => runTasks(run, idsOf()),
    events: () => run.events.toEvents(idsOf(), run.laneIds),
    columns: (head) => runColumns(run, head),
  };
}

/** Every task of the run with its segments, as objects. */
function runTasks(run: RecordedRun, ids: readonly string[]): Task[] {
  const { taskCount: count, laneIds, labelNumbers, names, roles, homeLanes, segments } = run;
  const tasks = new Array<Task>(count);
  for (let i = 0; i < count; i++) {
    const id = ids[i];
    const label = taskLabelOf(labelNumbers, names, i);
    const lane = laneIds[homeLanes[i]];
    const taskSegments = segments.segmentsOf(run.lastSegment[i], run.segmentsPerTask[i], laneIds);
    const role = roles.size === 0 ? undefined : roles.get(i);
    tasks[i] =
      role === undefined
        ? { id, label, lane, segments: taskSegments }
        : { id, label, role, lane, segments: taskSegments };
  }
  return tasks;
}

/** An id ("t7") or a numbered label ("task 7"): strings every run makes one of per task. */
const NUMBERED = /^(t|task )\d+$/;

/**
 * The run packed as `TraceColumns`: the same arrays and string table, in the same order, as
 * `packTrace` (app/run) makes of the run's materialised trace, without making its objects. Strings are numbered
 * as first met task by task (id, label, lane, its segments' lanes), then the events' lanes, as the packer does.
 */
export function runColumns(run: RecordedRun, head: TraceHead): TraceColumns {
  const { taskCount: n, laneIds, labelNumbers, names, homeLanes, segments, events } = run;
  const { strings, intern } = stringTable();
  // Ids and numbered labels are new strings of their own, unless a lane or a name is spelled like one: then
  // every string goes through the table.
  const plain = ![...laneIds, ...names.values()].some((s) => NUMBERED.test(s));
  const laneString = new Int32Array(laneIds.length).fill(-1);
  const laneAt = (lane: number): number => {
    const at = laneString[lane];
    return at >= 0 ? at : (laneString[lane] = intern(laneIds[lane]));
  };
  let mostLabel = 0;
  for (let i = 0; i < n; i++) if (labelNumbers[i] > mostLabel) mostLabel = labelNumbers[i];
  const labelString = new Int32Array(plain ? mostLabel + 1 : 0).fill(-1);

  const taskId = new Uint32Array(n);
  const taskLabel = new Uint32Array(n);
  const taskLane = new Uint32Array(n);
  const segOffset = new Uint32Array(n + 1);
  let segCount = 0;
  for (let i = 0; i < n; i++) segCount += run.segmentsPerTask[i];
  const segState = new Uint8Array(segCount);
  const segStart = new Float64Array(segCount);
  const segEnd = new Float64Array(segCount);
  const segLane = new Uint32Array(segCount);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const id = taskIdOf(i);
    taskId[i] = plain ? strings.push(id) - 1 : intern(id);
    const number = labelNumbers[i];
    if (number <= 0) taskLabel[i] = intern(names.get(i) as string);
    else if (!plain) taskLabel[i] = intern(`task ${number}`);
    else {
      const at = labelString[number];
      taskLabel[i] = at >= 0 ? at : (labelString[number] = strings.push(`task ${number}`) - 1);
    }
    taskLane[i] = laneAt(homeLanes[i]);
    segOffset[i] = k;
    const count = run.segmentsPerTask[i];
    segments.copyTask(run.lastSegment[i], count, k, segState, segStart, segEnd, segLane);
    for (const end = k + count; k < end; k++) segLane[k] = laneAt(segLane[k]);
  }
  segOffset[n] = k;

  const m = events.length;
  const order = events.timeOrder();
  const evKind = new Uint8Array(m);
  const evTime = new Float64Array(m);
  const evLane = new Uint32Array(m);
  const evTask = new Int32Array(m);
  const evEnd = new Float64Array(m);
  events.copy(order, evKind, evTime, evLane, evTask, evEnd);
  for (let j = 0; j < m; j++) {
    evLane[j] = laneAt(evLane[j]);
    const task = evTask[j];
    if (task >= 0) evTask[j] = taskId[task];
  }
  const mainTasks: number[] = [];
  for (const [i, role] of run.roles) if (role === 'main') mainTasks.push(i);
  mainTasks.sort((a, b) => a - b);
  return packedColumns(head, strings, {
    taskId,
    taskLabel,
    taskLane,
    mainTasks,
    segOffset,
    segState,
    segStart,
    segEnd,
    segLane,
    segLine: new Uint32Array(0),
    evKind,
    evTime,
    evLane,
    evTask,
    evEnd,
  });
}
