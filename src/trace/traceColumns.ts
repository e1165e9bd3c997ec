/**
 * A trace as typed arrays: one column per field of the tasks, segments and events, every string in one table.
 * Structured-cloning a trace of 100,000 tasks (a million small objects) blocks the page for seconds, while these
 * buffers are transferred for free and every string travels in one joined string. The simulation worker packs
 * its traces this way (app/run/packTrace), and the Chrome-trace reader builds them straight from the file
 * (chromeTraceFast).
 */
import type { Lane, Trace, TraceEventKind, TaskState } from './types';
import { EVENT_KINDS, TASK_STATES } from './types';

/** Separates the strings of the string table (ids and labels never contain it). */
export const STRING_SEPARATOR = '\u0000';

export interface TraceColumns {
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
  /** Index into TASK_STATES. */
  readonly segState: Uint8Array;
  readonly segStart: Float64Array;
  readonly segEnd: Float64Array;
  readonly segLane: Uint32Array;
  /** Each segment's program line (`Segment.line`, 0 for none); empty when no segment has one (every simulation). */
  readonly segLine: Uint32Array;
  /** Index into EVENT_KINDS. */
  readonly evKind: Uint8Array;
  readonly evTime: Float64Array;
  readonly evLane: Uint32Array;
  /** String index of the event's task, or -1 for lane-level events. */
  readonly evTask: Int32Array;
  /** A timed callback's end (`TraceEvent.end`), NaN for a point event. */
  readonly evEnd: Float64Array;
}

/** A trace's fields besides its tasks, segments and events: what its columns carry as they are. */
export type ColumnsHead = Pick<Trace, 'version' | 'engine' | 'scenario' | 'lanes' | 'cancelled' | 'program'>;

/**
 * The columns of a trace: `head`'s fields, the string table joined, and the arrays. Throws on a string that
 * holds the separator (it would split in two on the page).
 */
export function packedColumns(
  head: ColumnsHead,
  strings: readonly string[],
  arrays: Omit<TraceColumns, keyof ColumnsHead | 'strings'>,
): TraceColumns {
  if (strings.some((s) => s.includes(STRING_SEPARATOR))) throw new Error('a trace string contains U+0000');
  const { version, engine, scenario, lanes, cancelled, program } = head;
  return {
    version,
    engine,
    scenario,
    lanes,
    cancelled,
    program,
    strings: strings.join(STRING_SEPARATOR),
    ...arrays,
  };
}

export const stateOf = (code: number): TaskState => TASK_STATES[code];
export const eventKindOf = (code: number): TraceEventKind => EVENT_KINDS[code];

/** The buffers to list in `postMessage`'s transfer list. */
export function columnBuffers(p: TraceColumns): ArrayBuffer[] {
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
