/**
 * A trace whose tasks and events stay in the engine's columns until something reads them. A 100,000-task
 * simulation records ~600k segments and ~600k events in typed arrays; making an object of each costs more than
 * the simulation itself, and the simulation worker never needs them: it packs the columns for the page
 * (app/run/packTrace reads `traceColumnsOf`). Any other reader gets an ordinary `Trace`.
 *
 * `tasks` and `events` are own, enumerable getters that make their array on first read and keep it, so the
 * trace behaves as a plain object everywhere: spread, `JSON.stringify`, `structuredClone`, zod and deep
 * equality all read them (and copy plain arrays); the same array is returned on every read (`===` holds).
 */
import type { TraceColumns } from './traceColumns';
import type { Task, Trace, TraceEvent } from './types';

/** What an engine keeps of a run: it makes the trace's objects, or its packed columns, when asked. */
export interface TraceBody {
  /** Every task with its segments, in order (made once: the trace keeps the array). */
  readonly tasks: () => Task[];
  /** Every event, sorted by time (made once). */
  readonly events: () => TraceEvent[];
  /** The trace as packed columns, exactly what `packTrace` makes of the materialised trace; new arrays per call. */
  readonly columns: (head: TraceHead) => TraceColumns;
}

/** Everything of a trace but its tasks and events. */
export type TraceHead = Omit<Trace, 'tasks' | 'events'>;

const bodies = new WeakMap<Trace, TraceBody>();

/** A trace with `head`'s fields whose `tasks` and `events` are made from `body` when first read. */
export function columnarTrace(head: TraceHead, body: TraceBody): Trace {
  let tasks: Task[] | undefined;
  let events: TraceEvent[] | undefined;
  // Once both arrays exist the columns are of no more use: let them go.
  const made = () => tasks !== undefined && events !== undefined && bodies.delete(trace);
  // The same keys, in the same order, as the engine's plain traces: JSON exports stay byte for byte.
  const trace: Trace = {
    ...head,
    get tasks(): Task[] {
      if (tasks === undefined) {
        tasks = body.tasks();
        made();
      }
      return tasks;
    },
    get events(): TraceEvent[] {
      if (events === undefined) {
        events = body.events();
        made();
      }
      return events;
    },
  };
  bodies.set(trace, body);
  return trace;
}

/**
 * The packed columns of a trace made by `columnarTrace` whose objects were not all made yet (fresh arrays,
 * free to transfer); undefined for any other trace, or a copy of one (a copy is plain).
 */
export function traceColumnsOf(trace: Trace): TraceColumns | undefined {
  const body = bodies.get(trace);
  if (body === undefined) return undefined;
  const { version, engine, scenario, lanes, cancelled, program } = trace;
  return body.columns({ version, engine, scenario, lanes, cancelled, program });
}
