import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Params, Scenario } from './scenario';
import type { ParamsSchema, ScenarioSchema } from './scenarioSchema';
import type { TraceSchema } from './schema';
import { parseTrace, parseTraceJson } from './schema';
import { arbTrace } from './testing/arbitraries';
import { event, lane, makeTrace, task } from './testing/build';
import type { Trace } from './types';

const good = makeTrace({
  lanes: [lane('p0', 'process'), lane('loop', 'event-loop', 'p0')],
  tasks: [
    task('a', 'loop', 0, [
      ['running', 5],
      ['suspended', 100],
      ['running', 5],
    ]),
  ],
  events: [event('request-sent', 5, 'loop', 'a'), event('response-received', 105, 'loop', 'a')],
});

type Path = readonly (string | number)[];
/** Marks a field to delete. */
const MISSING = Symbol('missing');

/** The trace as decoded JSON, with each `[path, value]` edit applied to a deep copy. */
function json(...edits: (readonly [Path, unknown])[]): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(good));
  for (const [path, value] of edits) {
    let at = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (value === MISSING) delete at[last];
    else at[last] = value;
  }
  return copy;
}

function errorOf(input: unknown): string {
  const r = parseTrace(input);
  if (r.ok) throw new Error('expected parseTrace to fail');
  return r.error;
}

type DeepWritable<T> = T extends readonly (infer U)[]
  ? DeepWritable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepWritable<T[K]> }
    : T;

describe('schemas match the hand-written types', () => {
  it('describes exactly Trace, Scenario and Params (no field silently dropped)', () => {
    expectTypeOf<z.infer<typeof TraceSchema>>().toEqualTypeOf<DeepWritable<Trace>>();
    expectTypeOf<z.infer<typeof ScenarioSchema>>().toEqualTypeOf<DeepWritable<Scenario>>();
    expectTypeOf<z.infer<typeof ParamsSchema>>().toEqualTypeOf<DeepWritable<Params>>();
  });
});

describe('parseTrace: shape', () => {
  it('accepts a valid trace and returns the same data', () => {
    const r = parseTrace(json());
    expect(r).toEqual({ ok: true, trace: good });
  });

  it('drops unknown fields', () => {
    const r = parseTrace(json([['extra'], 1]));
    expect(r.ok && 'extra' in r.trace).toBe(false);
  });

  it('names the path and the wrong value', () => {
    expect(errorOf(json([['tasks', 0, 'segments', 2, 'end'], '5']))).toBe(
      'tasks[0].segments[2].end: expected a number, got "5"',
    );
    expect(errorOf(json([['tasks', 0, 'segments', 0, 'lane'], MISSING]))).toBe(
      'tasks[0].segments[0].lane: expected a string, got nothing',
    );
    expect(errorOf(json([['tasks', 0, 'segments', 1, 'state'], 'sleeping']))).toMatch(
      /^tasks\[0\]\.segments\[1\]\.state: expected one of "queued", .*"failed", got "sleeping"$/,
    );
    expect(errorOf(json([['events', 1, 'time'], -1]))).toBe('events[1].time: expected a number >= 0, got -1');
  });

  it('names the trace itself when the input is not an object', () => {
    expect(errorOf(null)).toBe('trace: expected an object, got null');
    expect(errorOf([1])).toBe('trace: expected an object, got an array');
  });

  it('rejects non-finite numbers that a worker message could carry', () => {
    const inf = {
      ...good,
      tasks: [{ ...good.tasks[0], segments: [{ ...good.tasks[0].segments[0], end: Infinity }] }],
    };
    expect(errorOf(inf)).toBe('tasks[0].segments[0].end: expected a number, got Infinity');
  });

  it('reports the first three problems and counts the rest', () => {
    const error = errorOf(
      json(...[0, 1, 2, 3].map((j) => [['tasks', 0, 'segments', j, 'start'], null] as const)),
    );
    expect(error).toBe(
      'tasks[0].segments[0].start: expected a number, got null; tasks[0].segments[1].start: expected a number, ' +
        'got null; tasks[0].segments[2].start: expected a number, got null (and 1 more problem)',
    );
  });
});

describe('parseTrace: version', () => {
  it('rejects another version with a specific message', () => {
    expect(errorOf(json([['version'], 2]))).toBe(
      'unsupported trace version 2; this Awaitline reads version 1',
    );
  });
  it('treats a version that is not a number as a shape error', () => {
    expect(errorOf(json([['version'], '1']))).toBe('version: expected 1, got "1"');
    expect(errorOf(json([['version'], MISSING]))).toBe('version: expected 1, got nothing');
  });
});

describe('parseTrace: scenario bounds', () => {
  const cases: [string, readonly [Path, unknown], string][] = [
    [
      'no tasks',
      [['scenario', 'params', 'tasks'], 0],
      'scenario.params.tasks: expected a number >= 1, got 0',
    ],
    [
      'too many',
      [['scenario', 'params', 'tasks'], 100_001],
      'scenario.params.tasks: expected a number <= 100000, got 100001',
    ],
    [
      'fractional pool',
      [['scenario', 'params', 'workers'], 1.5],
      'scenario.params.workers: expected an integer, got 1.5',
    ],
    [
      'negative ms',
      [['scenario', 'params', 'latencyMs'], -3],
      'scenario.params.latencyMs: expected a number >= 0, got -3',
    ],
    ['bad seed', [['scenario', 'seed'], 0.5], 'scenario.seed: expected an integer, got 0.5'],
  ];
  it.each(cases)('rejects %s', (_name, edit, message) => {
    expect(errorOf(json(edit))).toBe(message);
  });
  it('lists the strategies it knows', () => {
    expect(errorOf(json([['scenario', 'strategy'], 'trio']))).toMatch(
      /^scenario\.strategy: expected one of "sequential", .*"asyncio-wait", got "trio"$/,
    );
  });
});

describe('parseTrace: beyond the shape', () => {
  it('checks references (see references.test.ts)', () => {
    expect(errorOf(json([['events', 1, 'task'], 'b']))).toBe('events[1].task: unknown task "b"');
  });
  it('checks the timeline invariants (see invariants.test.ts)', () => {
    expect(errorOf(json([['tasks', 0, 'segments', 1, 'start'], 6]))).toBe(
      'tasks[0].segments[1].start: 6 does not continue segments[0].end 5',
    );
  });
});

describe('parseTraceJson', () => {
  it('reports text that is not JSON', () => {
    const r = parseTraceJson('{"version": 1,');
    expect(r.ok ? '' : r.error).toMatch(/^not valid JSON: /);
  });
  it('parses a trace written with JSON.stringify', () => {
    expect(parseTraceJson(JSON.stringify(good))).toEqual({ ok: true, trace: good });
  });
});

describe('parseTrace: properties', () => {
  it('accepts every valid generated trace and round-trips it through JSON', () => {
    fc.assert(
      fc.property(arbTrace, (trace) => {
        expect(parseTraceJson(JSON.stringify(trace))).toEqual({ ok: true, trace });
      }),
    );
  });
});
