import { TRACE_VERSION } from '../trace/types';
import type { Lane, Segment, Task, TaskState, Trace, TraceEvent } from '../trace/types';
import type { Scenario } from '../trace/scenario';
import type { LogEntry } from './types';

export const PROCESS_LANE = 'main';
export const LOOP_LANE = 'main/loop';
export const MAIN_TASK = 'main-thread';

interface Row {
  id: string;
  name: string;
  given: string | null;
  lane: string;
  segments: Segment[];
  state: TaskState;
  since: number;
  line: number | undefined;
  blocked: boolean;
}

function close(row: Row, t: number, next: TaskState, line: number | undefined): void {
  if (t > row.since) {
    const seg: Segment = { state: row.state, start: row.since, end: t, lane: row.lane };
    const last = row.segments[row.segments.length - 1];
    if (last && last.state === seg.state && last.end === seg.start && last.line === row.line)
      row.segments[row.segments.length - 1] = { ...last, end: t };
    else row.segments.push(row.line === undefined ? seg : { ...seg, line: row.line });
    row.since = t;
  }
  row.state = next;
  row.line = line;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && v >= 1 ? v : undefined);

/**
 * Turns the recorder's log into a Trace (engine `python`). The main thread's own code is one row ("main
 * thread") when it blocked outside the event loop or no task ran; while it waits in `asyncio.run` /
 * `run_until_complete` it is `suspended` (the thread runs the loop's tasks meanwhile). Each task is a row on
 * the loop's lane; a task still pending when the program ended (it was never awaited) ends `failed` there.
 */
export function buildTrace(log: readonly LogEntry[], scenario: Scenario, program: string): Trace {
  const rows = new Map<number, Row>();
  const finished: Row[] = [];
  const events: TraceEvent[] = [];
  let loopUsed = false;
  // The callback running now (its index in `events`), closed by its `callback-end`.
  let openCallback: number | null = null;
  const main: Row = {
    id: MAIN_TASK,
    name: 'main thread',
    given: null,
    lane: PROCESS_LANE,
    segments: [],
    state: 'running',
    since: 0,
    line: undefined,
    blocked: false,
  };
  rows.set(0, main);
  let end = 0;
  // asyncio's own tasks (the wait() of run_until_complete(asyncio.wait(...)), asyncio.run's shutdown steps)
  // are recorded but not drawn: the picture is the program's tasks.
  const hidden = new Set<string>();
  const idOf = (who: number | null) => (who === null || who < 1 ? undefined : `t${who}`);
  for (const [kind, t, who, a, b] of log) {
    end = Math.max(end, t);
    if (kind === 'new' && who !== null) {
      const [given, line, own] = (Array.isArray(b) ? b : [null, null, true]) as [
        string | null,
        unknown,
        boolean,
      ];
      rows.set(who, {
        id: `t${who}`,
        name: String(a),
        given,
        lane: LOOP_LANE,
        segments: [],
        state: 'ready',
        since: t,
        line: num(line),
        blocked: false,
      });
      if (own === false) hidden.add(`t${who}`);
      loopUsed = true;
      continue;
    }
    const row = who === null ? undefined : rows.get(who);
    switch (kind) {
      case 'ready':
        if (row) close(row, t, 'ready', row.line);
        break;
      case 'run':
        if (row) {
          if (row.state === 'suspended' || row.state === 'queued')
            events.push({ kind: 'resume', time: t, lane: row.lane, task: row.id });
          close(row, t, 'running', num(a) ?? row.line);
        }
        break;
      case 'suspend':
      case 'queued':
        if (row) {
          close(row, t, kind === 'queued' ? 'queued' : 'suspended', num(a));
          if (kind === 'suspend') events.push({ kind: 'suspend', time: t, lane: row.lane, task: row.id });
        }
        break;
      case 'block':
        if (row) {
          row.blocked = true;
          close(row, t, 'blocked', num(b));
        }
        break;
      case 'unblock':
        if (row) close(row, t, 'running', row.line);
        break;
      case 'loop':
        if (a === 'enter') {
          loopUsed = true;
          close(main, t, 'suspended', num(b));
        } else close(main, t, 'running', undefined);
        break;
      case 'send':
      case 'recv':
        if (row)
          events.push({
            kind: kind === 'send' ? 'request-sent' : 'response-received',
            time: t,
            lane: row.lane,
            task: row.id,
          });
        break;
      case 'callback':
        {
          const task = idOf(who);
          openCallback = events.length;
          events.push(
            task
              ? { kind: 'callback', time: t, lane: LOOP_LANE, task, end: t }
              : { kind: 'callback', time: t, lane: LOOP_LANE, end: t },
          );
        }
        break;
      case 'callback-end':
        // A done-callback is work on the loop's thread: from its call to its return (its own Python time).
        if (openCallback !== null) events[openCallback] = { ...events[openCallback], end: t };
        openCallback = null;
        break;
      case 'done':
      case 'failed':
        if (row) {
          close(row, t, kind, undefined);
          row.segments.push({ state: kind, start: t, end: t, lane: row.lane });
          rows.delete(who as number);
          finished.push(row);
        }
        break;
    }
  }
  for (const row of rows.values()) {
    close(row, end, 'failed', undefined);
    row.segments.push({ state: 'failed', start: end, end, lane: row.lane });
    finished.push(row);
  }
  return assemble(
    finished.filter((r) => !hidden.has(r.id)),
    events,
    loopUsed,
    scenario,
    program,
  );
}

function labelOf(row: Row, counts: Map<string, number>, seen: Map<string, number>): string {
  if (row.id === MAIN_TASK) return row.name;
  if (row.given) return row.given;
  const total = counts.get(row.name) ?? 1;
  if (total === 1) return `${row.name}()`;
  const k = (seen.get(row.name) ?? 0) + 1;
  seen.set(row.name, k);
  return `${row.name}() ${k}`;
}

function assemble(
  rows: Row[],
  events: TraceEvent[],
  loopUsed: boolean,
  scenario: Scenario,
  program: string,
): Trace {
  const main = rows.find((r) => r.id === MAIN_TASK);
  const tasks = rows
    .filter((r) => r.id !== MAIN_TASK)
    .sort((x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)));
  const showMain = main !== undefined && (main.blocked || tasks.length === 0);
  const ordered = showMain && main ? [main, ...tasks] : tasks;
  const counts = new Map<string, number>();
  for (const r of tasks) if (!r.given) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  // A row that sent no request (main(), the main thread around asyncio.run) awaits the others: role `main`.
  const requesters = new Set(events.filter((e) => e.kind === 'request-sent').map((e) => e.task));
  const shown: Task[] = ordered.map((r) => ({
    ...(requesters.has(r.id) ? {} : { role: 'main' as const }),
    id: r.id,
    label: labelOf(r, counts, seen),
    lane: r.lane,
    segments: r.segments,
  }));
  const ids = new Set(shown.map((t) => t.id));
  const lanes: Lane[] = [{ id: PROCESS_LANE, kind: 'process', label: 'MainProcess', parent: null }];
  if (loopUsed) lanes.push({ id: LOOP_LANE, kind: 'event-loop', label: 'event loop', parent: PROCESS_LANE });
  const kept = events
    .map((e) =>
      e.kind === 'callback' && e.task && !ids.has(e.task)
        ? { kind: e.kind, time: e.time, lane: e.lane, ...(e.end === undefined ? {} : { end: e.end }) }
        : e,
    )
    .filter((e) => e.task === undefined || ids.has(e.task))
    .sort((a, b) => a.time - b.time);
  return { version: TRACE_VERSION, engine: 'python', scenario, lanes, tasks: shown, events: kept, program };
}
