/**
 * Mutated trace files (issue 14): 300 Awaitline files and 300 Chrome traces, each with one to four hostile
 * edits (deleted fields, nulls, negative or huge numbers, "NaN", control and direction characters, prototype
 * keys, swapped types). Every file is either refused with a message or read into a trace every view can
 * draw; none throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCallouts } from './callouts';
import { toChromeTrace } from './chromeTrace';
import { eventTimes } from './eventTimes';
import { laneOrder } from './lanes';
import { forbiddenInLabel } from './text';
import { pythonStateAt } from './pythonState';
import { readTraceFile } from './readTraceFile';
import { summarize } from './summary';
import { threadsTrace } from './testing/fixtures';
import { walkthrough } from './walkthrough';

const HOSTILE: readonly unknown[] = [
  null,
  -1,
  0,
  1.797e308,
  -0.5,
  'NaN',
  '',
  'x\u0000nul\u0001ctrl\u000bvt',
  '\u202E12345abc',
  '__proto__',
  {},
  [],
  true,
  'p0',
  't0',
  'a',
];

/** Every path to a value inside `json` (objects and arrays), parents before children. */
function paths(json: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof json !== 'object' || json === null) return out;
  for (const [key, value] of Object.entries(json)) {
    const path = [...at, Array.isArray(json) ? Number(key) : key];
    out.push(path);
    paths(value, path, out);
  }
  return out;
}

type Edit = { readonly pick: number; readonly value: number; readonly remove: boolean };

function mutate(source: unknown, edits: readonly Edit[]): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(source));
  for (const { pick, value, remove } of edits) {
    const all = paths(copy);
    if (all.length === 0) break;
    const path = all[pick % all.length];
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (remove && !Array.isArray(parent)) delete parent[last];
    else if (remove) (parent as unknown as unknown[]).splice(Number(last), 1);
    else parent[last] = HOSTILE[value % HOSTILE.length];
  }
  return copy;
}

const arbEdits = fc.array(fc.record({ pick: fc.nat(), value: fc.nat(), remove: fc.boolean() }), {
  minLength: 1,
  maxLength: 4,
});

function readsSafely(json: unknown): boolean {
  const r = readTraceFile(JSON.stringify(json));
  if (!r.ok) {
    expect(r.error.length).toBeGreaterThan(0);
    return false;
  }
  // What was let in is drawable: every view answers, and no label holds what the export cannot write.
  for (const t of r.trace.tasks) expect(forbiddenInLabel(t.label)).toBeNull();
  summarize(r.trace);
  laneOrder(r.trace.lanes);
  findCallouts(r.trace);
  eventTimes(r.trace);
  walkthrough(r.trace);
  pythonStateAt(r.trace, 50);
  return true;
}

describe('mutated trace files', () => {
  it.each([
    ['Awaitline JSON', threadsTrace as unknown],
    ['Chrome trace', toChromeTrace(threadsTrace) as unknown],
  ])('%s: 300 mutants are each refused with a message or read whole', (_, source) => {
    let read = 0;
    fc.assert(
      fc.property(arbEdits, (edits) => {
        if (readsSafely(mutate(source, edits))) read++;
      }),
      { numRuns: 300, seed: 14 },
    );
    // Most single edits break something; a few (a label, a time that still fits) are harmless.
    expect(read).toBeLessThan(300);
  });
});
