/**
 * The zod schema of Trace v1 and `parseTrace`, the one gate a trace from outside (a file, a URL, a worker
 * message) passes before any view reads it.
 */
import { z } from 'zod';
import { checkTraceInvariants } from './invariants';
import { describeIssue, joinProblems } from './issues';
import {
  MAX_ID_CHARS,
  MAX_LABEL_CHARS,
  MAX_LANES,
  MAX_TRACE_EVENTS,
  MAX_TRACE_MS,
  MAX_TRACE_TASKS,
} from './limits';
import { checkReferences } from './references';
import { checkSizes } from './sizes';
import { forbiddenInLabel } from './text';
import { ScenarioSchema } from './scenarioSchema';
import { EVENT_KINDS, TASK_STATES, TRACE_VERSION, type Trace } from './types';

const time = z.number().min(0).max(MAX_TRACE_MS);

/** Text shown to people: bounded, and free of control and bidi characters (see text.ts). */
const shownText = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const bad = forbiddenInLabel(text);
      if (bad !== null)
        ctx.addIssue({
          code: 'custom',
          message: `holds ${bad}; control characters and direction controls are not allowed`,
        });
    });

const id = shownText(1, MAX_ID_CHARS);
/** A reference to an id defined elsewhere in the trace: only bounded here, since it must equal a checked id. */
const ref = z.string().min(1).max(MAX_ID_CHARS);
const label = shownText(0, MAX_LABEL_CHARS);

export const LaneSchema = z.object({
  id,
  kind: z.enum(['process', 'thread', 'event-loop', 'worker']),
  label,
  parent: ref.nullable(),
  startup: z.object({ start: time, end: time }).optional(),
});

export const SegmentSchema = z.object({
  state: z.enum(TASK_STATES),
  start: time,
  end: time,
  lane: ref,
  line: z.number().int().min(1).max(100_000).optional(),
});

export const TaskSchema = z.object({
  id,
  label,
  role: z.literal('main').optional(),
  lane: ref,
  segments: z.array(SegmentSchema),
});

export const TraceEventSchema = z.object({
  kind: z.enum(EVENT_KINDS),
  time,
  lane: ref,
  task: ref.optional(),
  end: time.optional(),
});

export const TraceSchema = z.object({
  version: z.literal(TRACE_VERSION),
  engine: z.enum(['sim', 'live', 'python']),
  scenario: ScenarioSchema,
  lanes: z.array(LaneSchema).max(MAX_LANES),
  tasks: z.array(TaskSchema).max(MAX_TRACE_TASKS),
  events: z.array(TraceEventSchema).max(MAX_TRACE_EVENTS),
  cancelled: z.boolean().optional(),
  program: z.string().max(100_000).optional(),
});

export type ParseResult =
  { readonly ok: true; readonly trace: Trace } | { readonly ok: false; readonly error: string };

function fail(error: string): ParseResult {
  return { ok: false, error };
}

/**
 * Check that `json` (already decoded) is a Trace v1 every view can read: its shape, that every lane and task it
 * names exists, and the timeline invariants (see `checkTraceInvariants`). Unknown fields are dropped.
 * On failure, `error` is one line naming the paths of the first problems.
 *
 * @example
 * const r = parseTrace(JSON.parse(text));
 * if (!r.ok) show(r.error); // "tasks[3].segments[0].end: expected a number, got "5""
 */
export function parseTrace(json: unknown): ParseResult {
  if (typeof json === 'object' && json !== null && 'version' in json) {
    const { version } = json;
    if (typeof version === 'number' && version !== TRACE_VERSION) {
      return fail(`unsupported trace version ${version}; this Awaitline reads version ${TRACE_VERSION}`);
    }
  }
  // Counted before zod walks millions of objects: an oversized trace is refused at once.
  const oversized = checkSizes(json);
  if (oversized.length > 0) return fail(joinProblems(oversized));
  const parsed = TraceSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return fail(joinProblems(parsed.error.issues.map(describeIssue)));
  const trace: Trace = parsed.data;
  const broken = checkReferences(trace);
  if (broken.length > 0) return fail(joinProblems(broken));
  const invalid = checkTraceInvariants(trace);
  if (invalid.length > 0) return fail(joinProblems(invalid));
  return { ok: true, trace };
}

/** `parseTrace` for text, e.g. a dropped file: reports malformed JSON the same way. */
export function parseTraceJson(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseTrace(json);
}
