/**
 * A trace packed into typed arrays for the trip from the worker: structured-cloning a trace of 100,000 tasks
 * (a million small objects) blocks the page for seconds, while these buffers are transferred for free and
 * every string travels in one joined string.
 */
import type { Lane, Trace, TraceEventKind } from '../../trace/types';
import { EVENT_KINDS, TASK_STATES, type TaskState } from '../../trace/types';

/** Separates the strings of the string table (ids and labels never contain it). */
export const STRING_SEPARATOR = '\u0000';

export interface PackedTrace {
  readonly version: Trace['version'];
  readonly engine: Trace['engine'];
  readonly scenario: Trace['scenario'];
  readonly lanes: readonly Lane[];
  readonly cancelled: boolean | undefined;
  /** Engine `python`: the recorded program (see `Trace.program`). */
  readonly program: string | undefined;
  /** Every id and label, joined by STRING_SEPARATOR; the arrays below index into it. */
  readonly strings: string;
  readonly taskId: Uint32Array;
  readonly taskLabel: Uint32Array;
  readonly taskLane: Uint32Array;
  /** Indices of the tasks that are main() coroutines, not requests (role `main`); a handful at most. */
  readonly mainTasks: readonly number[];
  /** Task i's segments are segStart[segOffset[i]] … segStart[segOffset[i + 1] - 1]. */
  readonly segOffset: Uint32Array;
  readonly segState: Uint8Array;
  readonly segStart: Float64Array;
  readonly segEnd: Float64Array;
  readonly segLane: Uint32Array;
  /** Each segment's program line (`Segment.line`, 0 for none); empty when no segment has one (every simulation). */
  readonly segLine: Uint32Array;
  readonly evKind: Uint8Array;
  readonly evTime: Float64Array;
  readonly evLane: Uint32Array;
  /** String index of the event's task, or -1 for lane-level events. */
  readonly evTask: Int32Array;
  /** A timed callback's end (`TraceEvent.end`), NaN for a point event. */
  readonly evEnd: Float64Array;
}

/** Index of a state or event kind in its list; throws on a value the format does not know. */
export function codeOf<T>(list: readonly T[], value: T): number {
  const code = list.indexOf(value);
  if (code < 0) throw new Error(`cannot pack unknown value ${String(value)}`);
  return code;
}

export const stateOf = (code: number): TaskState => TASK_STATES[code];
export const eventKindOf = (code: number): TraceEventKind => EVENT_KINDS[code];

/** The buffers to list in `postMessage`'s transfer list. */
export function transferables(p: PackedTrace): ArrayBuffer[] {
  return [
    p.taskId,
    p.taskLabel,
    p.taskLane,
    p.segOffset,
    p.segState,
    p.segStart,
    p.segEnd,
    p.segLane,
    p.segLine,
    p.evKind,
    p.evTime,
    p.evLane,
    p.evTask,
    p.evEnd,
  ].map((a) => a.buffer as ArrayBuffer);
}
