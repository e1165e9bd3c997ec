/**
 * A fast path for reading Awaitline's own Chrome-trace export (`toChromeTrace`, written by `JSON.stringify`):
 * one pass over the text that builds the trace's columns (traceColumns) straight from the bytes, without
 * JSON.parse's million objects, then runs every check `parseTrace` runs (shape, references, timeline) on
 * those columns. It accepts only the export's exact layout (keys in order, no whitespace, each task's slices
 * in order); at the first doubt (another layout, an escape where an id is, any failed check) it returns null and
 * the general path (`readTraceFile`) reads the file, so a bad file gets the same message either way and a file
 * is never partly trusted (`chromeTraceFast.test.ts` compares both on every fuzzed file).
 */
import { checkTraceColumns, checkTraceHeader, isTerminalCode } from './chromeTraceChecks';
import { decode, literal as l, ScanCursor } from './chromeTraceScan';
import { STRING_SEPARATOR, type TraceColumns } from './traceColumns';
import { EVENT_KINDS, TASK_STATES } from './types';
import { stringTable } from './stringTable';

// The export's literal text, in the order `toChromeTrace` writes its keys.
const OPEN = l('{"traceEvents":[');
const HEADER = l('],"displayTimeUnit":"ms","otherData":{"format":"awaitline-chrome-trace","trace":');
const CLOSE = l('}}');
const COMMA = l(',');
const NAME = l('{"name":');
const PH = l(',"ph":"');
const M_PID = l('","pid":');
const TID = l(',"tid":');
const ARGS_NAME = l(',"args":{"name":');
const ARGS_SORT = l(',"args":{"sort_index":');
const X_CAT = l('","cat":"');
const I_CAT = l('","s":"t","cat":"');
const STARTUP = l('startup"');
const EVENT = l('event"');
const PID = l(',"pid":');
const TS = l(',"ts":');
const DUR = l(',"dur":');
const ARGS = l(',"args":{');
const LANE_FIRST = l('"lane":');
const KIND = l('"kind":');
const INDEX = l(',"index":');
const LANE = l(',"lane":');
const TIME_MS = l(',"timeMs":');
const TASK = l(',"task":');
const END_MS = l(',"endMs":');
const TASK_FIRST = l('"task":');
const SEGMENT = l(',"segment":');
const STATE = l(',"state":');
const START_MS = l(',"startMs":');
const X = 88;
const I = 105;
const M = 77;
/** The states and event kinds as quoted literals, in the order of their codes. */
const STATES = TASK_STATES.map((s) => l(`"${s}"`));
const KINDS = EVENT_KINDS.map((k) => l(`"${k}"`));

/** Fewest bytes a slice of the export takes (a terminal marker with one-letter ids is ~140): room enough for all. */
const MIN_SLICE_BYTES = 100;

/**
 * The columns of the trace in `text` when it is Awaitline's Chrome-trace export and passes every check; null
 * when unsure (then `readTraceFile` decides, with its messages).
 * @example const columns = readChromeTraceFast(text) ?? packTrace(readTraceFile(text).trace);
 */
export function readChromeTraceFast(bytes: Uint8Array): TraceColumns | null {
  const c = new ScanCursor(bytes);
  if (!c.lit(OPEN)) return null;
  // Strings (ids, labels, lanes) in one table, each once.
  const { strings, intern } = stringTable();
  // Columns with room for every slice the file can hold; cut to their length at the end.
  const room = Math.ceil(bytes.length / MIN_SLICE_BYTES);
  const segState = new Uint8Array(room);
  const segStart = new Float64Array(room);
  const segEnd = new Float64Array(room);
  const segLane = new Uint32Array(room);
  const evKind = new Uint8Array(room);
  const evTime = new Float64Array(room);
  const evLane = new Uint32Array(room);
  const evTask = new Int32Array(room);
  const evEnd = new Float64Array(room);
  let segments = 0;
  let events = 0;
  /** Runs of one task's slices, in file order: its id and where its segments begin. */
  const runTask: string[] = [];
  const runFrom: number[] = [];
  let runIdQuoted: Uint8Array | null = null;
  let runLength = 0;
  /** Lane ids met so far, as their quoted bytes, with their string's index (a trace has a few lanes). */
  const laneBytes: Uint8Array[] = [];
  const laneCodes: number[] = [];
  /** A lane id (a JSON string at the cursor), interned. */
  const lane = (): number => {
    for (let k = 0; k < laneBytes.length && k < 64; k++) if (c.lit(laneBytes[k])) return laneCodes[k];
    const quoted = c.plainBytes();
    if (quoted === null) return -1;
    const code = intern(decode(quoted, 1, quoted.length - 1));
    laneBytes.unshift(quoted);
    laneCodes.unshift(code);
    return code;
  };
  let first = true;
  while (!c.lit(HEADER)) {
    if (!first && !c.lit(COMMA)) return null;
    first = false;
    if (!c.lit(NAME) || !c.skipString() || !c.lit(PH)) return null;
    const ph = c.next();
    if (ph === M) {
      // Names and sort indices of processes and threads: the header holds what they say.
      if (!c.lit(M_PID) || !c.skipNumber() || !c.lit(TID) || !c.skipNumber()) return null;
      if (c.lit(ARGS_NAME)) {
        if (!c.skipString()) return null;
      } else if (!c.lit(ARGS_SORT) || !c.skipNumber()) return null;
      if (!c.lit(CLOSE)) return null;
      continue;
    }
    if (ph === X) {
      if (!c.lit(X_CAT)) return null;
    } else if (ph !== I || !c.lit(I_CAT)) return null;
    const cat = c.lit(STARTUP) ? 'startup' : c.lit(EVENT) ? 'event' : c.skipStringBody() ? 'segment' : '';
    if (cat === '' || !c.lit(PID) || !c.skipNumber() || !c.lit(TID) || !c.skipNumber()) return null;
    if (!c.lit(TS) || !c.skipNumber()) return null;
    if (ph === X && (!c.lit(DUR) || !c.skipNumber())) return null;
    if (!c.lit(ARGS)) return null;
    if (cat === 'startup') {
      // A process's start-up: the header's lanes hold it.
      if (ph !== X || !c.lit(LANE_FIRST) || !c.skipString() || !c.lit(CLOSE)) return null;
      continue;
    }
    if (cat === 'event') {
      if (!c.lit(KIND)) return null;
      const kind = c.oneOf(KINDS);
      if (kind < 0 || !c.lit(INDEX) || c.index() !== events) return null;
      if (!c.lit(LANE)) return null;
      const at = lane();
      if (at < 0 || !c.lit(TIME_MS)) return null;
      const time = c.number();
      let task = -1;
      if (c.lit(TASK)) {
        const id = c.plainString();
        if (id === null) return null;
        task = intern(id);
      }
      const end = c.lit(END_MS) ? c.number() : NaN;
      if (Number.isNaN(time) || (ph === X) === Number.isNaN(end) || !c.lit(CLOSE)) return null;
      if (events === room) return null;
      evKind[events] = kind;
      evTime[events] = time;
      evLane[events] = at;
      evTask[events] = task;
      evEnd[events++] = end;
      continue;
    }
    // A slice of a task's life: its segments come in order, one task after another.
    if (!c.lit(TASK_FIRST)) return null;
    if (runIdQuoted !== null && c.lit(runIdQuoted)) {
      if (!c.lit(SEGMENT) || c.index() !== runLength) return null;
    } else {
      const quoted = c.plainBytes();
      if (quoted === null || !c.lit(SEGMENT) || c.index() !== 0) return null;
      runIdQuoted = quoted;
      runLength = 0;
      runTask.push(decode(quoted, 1, quoted.length - 1));
      runFrom.push(segments);
    }
    runLength++;
    if (!c.lit(STATE)) return null;
    const state = c.oneOf(STATES);
    if (state < 0 || (ph === I) !== isTerminalCode(state) || !c.lit(LANE)) return null;
    const at = lane();
    if (at < 0 || !c.lit(START_MS)) return null;
    const start = c.number();
    if (!c.lit(END_MS)) return null;
    const end = c.number();
    if (Number.isNaN(start) || Number.isNaN(end) || !c.lit(CLOSE)) return null;
    if (segments === room) return null;
    segState[segments] = state;
    segStart[segments] = start;
    segEnd[segments] = end;
    segLane[segments++] = at;
  }
  const header = c.rest(CLOSE);
  if (header === null) return null;
  const checked = checkTraceHeader(header, intern);
  if (checked === null) return null;
  // Each task's run of slices, in the header's order (a task without slices has none).
  const n = checked.taskId.length;
  const segOffset = new Uint32Array(n + 1);
  let run = 0;
  for (let i = 0; i < n; i++) {
    segOffset[i] = run < runTask.length ? runFrom[run] : segments;
    if (run < runTask.length && strings[checked.taskId[i]] === runTask[run]) run++;
  }
  if (run !== runTask.length) return null; // a run for no task, or out of the header's order
  segOffset[n] = segments;
  if (strings.some((s) => s.includes(STRING_SEPARATOR))) return null;
  const columns: TraceColumns = {
    ...checked,
    program: undefined,
    strings: strings.join(STRING_SEPARATOR),
    segOffset,
    segState: segState.slice(0, segments),
    segStart: segStart.slice(0, segments),
    segEnd: segEnd.slice(0, segments),
    segLane: segLane.slice(0, segments),
    segLine: new Uint32Array(0),
    evKind: evKind.slice(0, events),
    evTime: evTime.slice(0, events),
    evLane: evLane.slice(0, events),
    evTask: evTask.slice(0, events),
    evEnd: evEnd.slice(0, events),
  };
  return checkTraceColumns(columns, strings) ? columns : null;
}
