/**
 * Hostile and huge trace files (issue 14): every check and derived view stays linear or n log n, at sizes
 * where quadratic work could not finish in the test's time (a 50,000-lane chain: 1.25e9 steps for a walk per lane),
 * and every oversized or malformed file is refused with a message naming what is wrong. Nothing here is timed.
 */
import { describe, expect, it } from 'vitest';
import { findCallouts } from './callouts';
import { runningPerProcess } from './concurrency';
import { enclosingLaneOf, laneOrder, processLaneOf } from './lanes';
import { MAX_LANE_DEPTH, MAX_LANES, MAX_TRACE_MS } from './limits';
import { pythonStateAt } from './pythonState';
import { readTraceFile } from './readTraceFile';
import { checkReferences, laneDepths } from './references';
import { parseTrace } from './schema';
import { summarize } from './summary';
import { event, lane, makeTrace, task } from './testing/build';
import type { Lane, Task, Trace } from './types';

/** Lane i is the parent of lane i + 1. */
const chain = (n: number): Lane[] =>
  Array.from({ length: n }, (_, i) =>
    lane(`l${i}`, i === 0 ? 'process' : 'thread', i === 0 ? null : `l${i - 1}`),
  );

/** `n` processes of one thread each, a task on every thread (ready, then running): the gilWait worst case. */
function wide(n: number): Trace {
  const lanes: Lane[] = [];
  const tasks: Task[] = [];
  for (let i = 0; i < n; i++) {
    lanes.push(lane(`p${i}`, 'process'), lane(`p${i}/t`, 'thread', `p${i}`));
    tasks.push(
      task(`t${i}`, `p${i}/t`, 0, [
        ['ready', 1 + (i % 7)],
        ['running', 5],
      ]),
    );
  }
  return makeTrace({ lanes, tasks, events: [] });
}

describe('lane checks are linear in lanes', () => {
  it('finds the depth of every lane of a 50,000-lane chain in one pass, and names the first lane too deep', () => {
    const lanes = chain(50_000);
    const { depth } = laneDepths(lanes.map((l) => [l.id, l.parent] as const));
    expect(depth[49_999]).toBe(49_999);
    const problems = checkReferences(makeTrace({ lanes, tasks: [], events: [] }));
    expect(problems).toEqual([
      `lanes[${MAX_LANE_DEPTH + 1}].parent: lane "l${MAX_LANE_DEPTH + 1}" sits ${MAX_LANE_DEPTH + 1} levels below the top; lanes nest at most ${MAX_LANE_DEPTH} levels`,
    ]);
  });

  it('finds cycles and lanes leading into them like the obvious walk, on random parent maps', () => {
    for (let seed = 1; seed <= 300; seed++) {
      let x = seed;
      const rand = (n: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
      const n = 1 + rand(12);
      const lanes = Array.from({ length: n }, (_, i): readonly [string, string | null] => [
        `${i}`,
        rand(3) === 0 ? null : `${rand(n + 1)}`,
      ]);
      const parents = new Map<string, string | null>(lanes);
      const { depth, inCycle } = laneDepths(lanes);
      lanes.forEach(([id], i) => {
        // The obvious reference: walk up to n steps.
        let at: string | null | undefined = parents.get(id);
        let steps = 0;
        let cyclic = false;
        const seen = new Set<string>([id]);
        for (; at !== null && at !== undefined && parents.has(at); steps++) {
          if (at === id) cyclic = true;
          if (seen.has(at)) break;
          seen.add(at);
          at = parents.get(at);
        }
        const reachesTop = at === null || at === undefined || !parents.has(at);
        expect(inCycle[i] === 1, `lane ${id}`).toBe(cyclic);
        expect(depth[i], `lane ${id}`).toBe(reachesTop ? steps : -1);
      });
    }
  });

  it('resolves the enclosing lane of every lane of a chain in at most one step per lane', () => {
    const lanes = chain(20_000);
    for (const order of [lanes, [...lanes].reverse()]) {
      let steps = 0;
      const top = enclosingLaneOf(lanes, (l) => (steps++, l.parent === null));
      const answers = order.map((l) => top(l.id));
      expect(answers.every((a) => a === 'l0')).toBe(true);
      // A walk per lane (the old memo kept only the lane asked about) takes n²/2 = 2e8 steps here.
      expect(steps).toBeLessThanOrEqual(lanes.length);
    }
    const process = processLaneOf(lanes);
    expect(lanes.every((l) => process(l.id) === 'l0')).toBe(true);
    expect(laneOrder(lanes).at(-1)?.depth).toBe(19_999);
  });

  it('derives callouts, per-process peaks and the Python state of 25,000 one-thread processes', () => {
    const trace = wide(25_000);
    expect(findCallouts(trace).filter((c) => c.kind === 'gil-wait')).toEqual([]);
    expect(Object.keys(runningPerProcess(trace))).toHaveLength(25_000);
    expect(pythonStateAt(trace, 3).processes).toHaveLength(25_000);
  }, 20_000);
});

describe('oversized files are refused before they are validated', () => {
  it('refuses a chain of 80,000 lanes (4.9 MB) by its lane count', () => {
    const json = JSON.stringify(makeTrace({ lanes: chain(80_000), tasks: [], events: [] }));
    const r = readTraceFile(json);
    expect(r).toEqual({
      ok: false,
      error: `lanes: 80,000 lanes; a trace holds at most ${MAX_LANES.toLocaleString('en')}`,
    });
  });

  it('refuses 1,000,000 tasks and 1,000,100 segments (over 1 M) by count', () => {
    const one = task('a', 'p', 0, [['running', 1]]);
    const r = parseTrace({
      ...makeTrace({ lanes: [lane('p', 'process')], tasks: [] }),
      tasks: new Array(1_000_000).fill(one),
    });
    expect(r.ok ? '' : r.error).toBe('tasks: 1,000,000 tasks; a trace holds at most 100,000');
    const many = { ...one, segments: new Array(10_001).fill(one.segments[0]) };
    const r2 = parseTrace({
      ...makeTrace({ lanes: [lane('p', 'process')], tasks: [] }),
      tasks: new Array(100).fill(many),
    });
    expect(r2.ok ? '' : r2.error).toBe(
      'tasks[*].segments: 1,000,100 segments in all; a trace holds at most 1,000,000',
    );
  });

  it('reads a 200,000-segment trace and derives its views', () => {
    // 100 tasks of 2,000 segments each, alternating running / suspended on their own threads: a view that
    // compared segments pairwise would take 2e10 steps.
    const lanes = [
      lane('p', 'process'),
      ...Array.from({ length: 100 }, (_, i) => lane(`t${i}`, 'thread', 'p')),
    ];
    const steps = Array.from({ length: 1_999 }, (_, k) => [k % 2 ? 'suspended' : 'running', 1] as const);
    const tasks = lanes.slice(1).map((l) => task(`${l.id}a`, l.id, 0, steps));
    const r = parseTrace(makeTrace({ lanes, tasks, events: [event('request-sent', 1, 't0', 't0a')] }));
    if (!r.ok) throw new Error(r.error);
    expect(r.trace.tasks.reduce((n, t) => n + t.segments.length, 0)).toBe(200_000);
    expect(summarize(r.trace).tasks).toBe(100);
    expect(findCallouts(r.trace)).toBeDefined();
    expect(pythonStateAt(r.trace, 1000).processes).toHaveLength(1);
  }, 30_000);
});

describe('what a trace may hold', () => {
  const base = makeTrace({
    lanes: [lane('p', 'process')],
    tasks: [task('a', 'p', 0, [['running', 5]])],
    events: [],
  });
  const withTask = (patch: Partial<Task>) => ({ ...base, tasks: [{ ...base.tasks[0], ...patch }] });
  const errorOf = (json: unknown) => {
    const r = parseTrace(json);
    return r.ok ? 'accepted' : r.error;
  };

  it('refuses labels with control characters or direction controls, and overlong ones', () => {
    expect(errorOf(withTask({ label: 'x\u0000nul\u0001ctrl\u000bvt' }))).toBe(
      'tasks[0].label: holds U+0000; control characters and direction controls are not allowed',
    );
    expect(errorOf(withTask({ label: '\u202E12345abc' }))).toMatch(/^tasks\[0\]\.label: holds U\+202E/);
    expect(errorOf(withTask({ label: 'x'.repeat(201) }))).toBe(
      'tasks[0].label: expected at most 200 characters',
    );
    expect(errorOf(withTask({ label: 'tâche 1 · 任务 😀' }))).toBe('accepted');
  });

  it('refuses times beyond the bound instead of printing 300-digit numbers', () => {
    const far = withTask({ segments: [{ state: 'done', start: 1.797e308, end: 1.797e308, lane: 'p' }] });
    expect(errorOf(far)).toBe(
      `tasks[0].segments[0].start: expected a number <= ${MAX_TRACE_MS}, got 1.797e+308; tasks[0].segments[0].end: expected a number <= ${MAX_TRACE_MS}, got 1.797e+308`,
    );
  });

  it('notices a task whose life starts after an event that names it (its first segments were lost)', () => {
    const late = makeTrace({
      lanes: [lane('p', 'process')],
      tasks: [task('a', 'p', 50, [['running', 5]])],
      events: [event('request-sent', 10, 'p', 'a')],
    });
    expect(errorOf(late)).toBe(
      'events[0].time: 10 is before task "a" begins (50); its first segments are missing',
    );
  });
});
