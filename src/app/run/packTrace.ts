import type { Trace } from '../../trace/types';
import { TASK_STATES } from '../../trace/types';
import { EVENT_KINDS } from '../../trace/types';
import { codeOf, type PackedTrace } from './packedTrace';
import { packedColumns } from '../../trace/traceColumns';
import { stringTable } from '../../trace/stringTable';
import { traceColumnsOf } from '../../trace/columnarTrace';

/** Packs a trace for transfer (worker side). O(segments + events). */
export function packTrace(trace: Trace): PackedTrace {
  // A simulation's trace whose objects were never made: its columns, without making them.
  const columns = traceColumnsOf(trace);
  if (columns !== undefined) return columns;
  const { strings, intern } = stringTable();
  const n = trace.tasks.length;
  const segCount = trace.tasks.reduce((sum, t) => sum + t.segments.length, 0);
  const taskId = new Uint32Array(n);
  const taskLabel = new Uint32Array(n);
  const taskLane = new Uint32Array(n);
  const segOffset = new Uint32Array(n + 1);
  const segState = new Uint8Array(segCount);
  const segStart = new Float64Array(segCount);
  const segEnd = new Float64Array(segCount);
  const segLane = new Uint32Array(segCount);
  const hasLines =
    trace.engine === 'python' && trace.tasks.some((t) => t.segments.some((s) => s.line !== undefined));
  const segLine = new Uint32Array(hasLines ? segCount : 0);
  const mainTasks: number[] = [];
  let k = 0;
  trace.tasks.forEach((task, i) => {
    if (task.role === 'main') mainTasks.push(i);
    taskId[i] = intern(task.id);
    taskLabel[i] = intern(task.label);
    taskLane[i] = intern(task.lane);
    segOffset[i] = k;
    for (const s of task.segments) {
      segState[k] = codeOf(TASK_STATES, s.state);
      segStart[k] = s.start;
      segEnd[k] = s.end;
      segLane[k] = intern(s.lane);
      if (hasLines) segLine[k] = s.line ?? 0;
      k++;
    }
  });
  segOffset[n] = k;
  const m = trace.events.length;
  const evKind = new Uint8Array(m);
  const evTime = new Float64Array(m);
  const evLane = new Uint32Array(m);
  const evTask = new Int32Array(m);
  const evEnd = new Float64Array(m);
  trace.events.forEach((e, j) => {
    evEnd[j] = e.end ?? NaN;
    evKind[j] = codeOf(EVENT_KINDS, e.kind);
    evTime[j] = e.time;
    evLane[j] = intern(e.lane);
    evTask[j] = e.task === undefined ? -1 : intern(e.task);
  });
  return packedColumns(trace, strings, {
    taskId,
    taskLabel,
    taskLane,
    mainTasks,
    segOffset,
    segState,
    segStart,
    segEnd,
    segLane,
    segLine,
    evKind,
    evTime,
    evLane,
    evTask,
    evEnd,
  });
}
