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
import { arbEdits, mutate } from './testing/mutate';
import { walkthrough } from './walkthrough';
import { fastShape } from './fastShape';
import { LanesSchema, TraceSchema } from './schema';
import { defaultScenario, simulateScenario } from '../strategies';

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

describe('the fast shape check', () => {
  const sources: readonly [string, unknown][] = [
    ['threads fixture', threadsTrace],
    [
      'a Python recording with lines, cancelled',
      {
        ...simulateScenario(defaultScenario('asyncio-wait')),
        engine: 'python',
        program: 'import asyncio',
        cancelled: true,
        extra: { unknown: 1 },
      },
    ],
  ];
  it.each(sources)('%s: on 300 mutants it gives what zod gives, or defers to zod', (_, source) => {
    let fast = 0;
    fc.assert(
      fc.property(arbEdits, (edits) => {
        const json = mutate(source, edits);
        const mine = fastShape(json, LanesSchema);
        const zod = TraceSchema.safeParse(json);
        if (mine === null) return;
        fast++;
        expect(zod.success).toBe(true);
        expect(mine).toEqual(zod.data);
      }),
      { numRuns: 300, seed: 16 },
    );
    // The unmutated file takes the fast path, and so do the harmless mutants.
    expect(fastShape(JSON.parse(JSON.stringify(source)), LanesSchema)).toEqual(
      TraceSchema.parse(JSON.parse(JSON.stringify(source))),
    );
    expect(fast).toBeGreaterThan(0);
  });
});
