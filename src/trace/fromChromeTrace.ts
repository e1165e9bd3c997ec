/**
 * Chrome Trace Event JSON written by `toChromeTrace` → Trace, through `parseTrace` (so the same checks and
 * messages apply). A Chrome trace from another tool lacks Awaitline's header and is refused by name.
 */
import { CHROME_TRACE_FORMAT } from './chromeTrace';
import { describeValue, joinProblems } from './issues';
import { parseTrace, type ParseResult } from './schema';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether decoded JSON looks like a Chrome trace (object form with `traceEvents`, or the bare array form). */
export function isChromeTrace(json: unknown): boolean {
  if (Array.isArray(json))
    return json.length > 0 && json.every((e) => isObject(e) && typeof e.ph === 'string');
  return isObject(json) && Array.isArray(json.traceEvents);
}

/**
 * @example
 * const r = fromChromeTrace(JSON.parse(text));
 * if (r.ok) show(r.trace); else alert(r.error);
 */
export function fromChromeTrace(json: unknown): ParseResult {
  if (!isObject(json) || !Array.isArray(json.traceEvents)) {
    return { ok: false, error: 'not a Chrome trace: expected an object with a "traceEvents" array' };
  }
  const other = json.otherData;
  if (!isObject(other) || other.format !== CHROME_TRACE_FORMAT || !isObject(other.trace)) {
    return {
      ok: false,
      error:
        'a Chrome trace not written by Awaitline: otherData.format "awaitline-chrome-trace" is missing, so its tasks and states cannot be read back',
    };
  }
  const header = other.trace;
  const tasks = Array.isArray(header.tasks) ? header.tasks : [];
  const taskIds = new Set(tasks.map((t: unknown) => (isObject(t) ? t.id : undefined)));
  const segments = new Map<unknown, { index: number; segment: Json }[]>();
  const events: { index: number; event: Json }[] = [];
  // Every event is read or named here: a slice skipped in silence would make its task start late or vanish.
  const dropped: string[] = [];
  const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  json.traceEvents.forEach((raw: unknown, i: number) => {
    const at = `traceEvents[${i}]`;
    if (!isObject(raw)) return dropped.push(`${at}: expected an object, got ${describeValue(raw)}`);
    if (raw.ph === 'M' || raw.cat === 'startup') return; // names and start-ups: the header holds them
    if (!isObject(raw.args))
      return dropped.push(`${at}.args: expected an object, got ${describeValue(raw.args)}`);
    const a = raw.args;
    if (raw.cat === 'event') {
      if (!isIndex(a.index))
        return dropped.push(`${at}.args.index: expected an index, got ${describeValue(a.index)}`);
      events.push({
        index: a.index,
        event: {
          kind: a.kind,
          time: a.timeMs,
          lane: a.lane,
          ...(a.task === undefined ? {} : { task: a.task }),
          ...(a.endMs === undefined ? {} : { end: a.endMs }),
        },
      });
      return;
    }
    if (typeof a.task !== 'string' || !taskIds.has(a.task))
      return dropped.push(`${at}.args.task: expected a task of the header, got ${describeValue(a.task)}`);
    if (!isIndex(a.segment))
      return dropped.push(`${at}.args.segment: expected an index, got ${describeValue(a.segment)}`);
    const list = segments.get(a.task) ?? [];
    list.push({
      index: a.segment,
      segment: { state: a.state, start: a.startMs, end: a.endMs, lane: a.lane },
    });
    segments.set(a.task, list);
  });
  if (dropped.length > 0) {
    const n = json.traceEvents.length;
    return {
      ok: false,
      error: `${dropped.length.toLocaleString('en')} of ${n.toLocaleString('en')} events cannot be read back, so their tasks would be drawn wrong: ${joinProblems(dropped)}`,
    };
  }
  const byIndex = <T extends { index: number }>(a: T, b: T) => a.index - b.index;
  const trace = {
    version: header.version,
    engine: header.engine,
    scenario: header.scenario,
    lanes: header.lanes,
    tasks: tasks.map((task: unknown) => {
      const t = isObject(task) ? task : {};
      const segs = (segments.get(t.id) ?? []).sort(byIndex).map((s) => s.segment);
      const role = t.role === undefined ? {} : { role: t.role };
      return { id: t.id, label: t.label, ...role, lane: t.lane, segments: segs };
    }),
    events: events.sort(byIndex).map((e) => e.event),
    ...(header.cancelled === undefined ? {} : { cancelled: header.cancelled }),
  };
  return parseTrace(trace);
}
