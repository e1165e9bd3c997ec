/**
 * The import worker's reading: Awaitline's own Chrome-trace export takes the fast path (one pass over the bytes,
 * straight into columns) and gives exactly the trace the general path (JSON.parse, read-back, zod and every
 * check) gives; any other file, and every file the fast path is unsure of, is read by the general path, so a
 * refusal keeps its wording and nothing is partly trusted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario, STRATEGIES } from '../../strategies';
import { toChromeTrace } from '../../trace/chromeTrace';
import { readChromeTraceFast } from '../../trace/chromeTraceFast';
import { readTraceFile } from '../../trace/readTraceFile';
import { threadsTrace } from '../../trace/testing/fixtures';
import { arbEdits, mutate } from '../../trace/testing/mutate';
import type { Trace } from '../../trace/types';
import { unpackTrace } from '../run/unpackTrace';
import { readTraceBytes } from './readTraceBytes';

const encode = (text: string) => new TextEncoder().encode(text);

/** Reads `text` both ways; both give the same trace or the same refusal. Whether the fast path took it. */
async function agree(text: string): Promise<boolean> {
  const bytes = encode(text);
  const general = readTraceFile(text);
  const fast = readChromeTraceFast(bytes);
  if (fast !== null) {
    expect(general.ok).toBe(true);
    expect(await unpackTrace(fast)).toEqual(general.ok && general.trace);
  }
  const read = readTraceBytes(bytes, () => text);
  if (general.ok) {
    expect(read.ok).toBe(true);
    expect(read.ok && { trace: await unpackTrace(read.packed), format: read.format }).toEqual({
      trace: general.trace,
      format: general.format,
    });
  } else expect(read).toEqual({ ok: false, error: general.error });
  return fast !== null;
}

const small = (id: (typeof STRATEGIES)[number]['id']) => {
  const scenario = defaultScenario(id);
  return simulateScenario({ ...scenario, params: { ...scenario.params, tasks: 6, jitterMs: 30 } });
};

/** Labels and ids beyond ASCII, a main() task and a cancelled run: what the export can carry. */
function unusual(): Trace {
  const trace = small('asyncio-wait');
  return {
    ...trace,
    cancelled: true,
    lanes: trace.lanes.map((l) => ({ ...l, label: `线程 ${l.label} · "引号"` })),
    tasks: trace.tasks.map((t, i) => ({
      ...t,
      id: `${t.id}·é`,
      label: `任务 ${i} \\ "x"`,
      // The last task was cut off by the cancel: no terminal segment.
      segments: i === trace.tasks.length - 1 ? t.segments.slice(0, -1) : t.segments,
    })),
    events: trace.events.map((e) => (e.task === undefined ? e : { ...e, task: `${e.task}·é` })),
  };
}

describe('reading a trace file in the import worker', () => {
  it.each(STRATEGIES.map((s) => s.id))(
    '%s: its Chrome export takes the fast path, read whole',
    async (id) => {
      const trace = small(id);
      const text = JSON.stringify(toChromeTrace(trace));
      expect(await agree(text)).toBe(true);
      expect(await unpackTrace(readChromeTraceFast(encode(text))!)).toEqual(trace);
    },
  );

  it('non-ASCII labels and ids, a cancelled run, a task without its end: the fast path, read whole', async () => {
    const trace = unusual();
    expect(trace.tasks.some((t) => t.role === 'main')).toBe(true);
    const text = JSON.stringify(toChromeTrace(trace));
    expect(await agree(text)).toBe(true);
    expect(await unpackTrace(readChromeTraceFast(encode(text))!)).toEqual(trace);
  });

  it('a reformatted export, an Awaitline JSON file and a foreign Chrome trace go the general way', async () => {
    const chrome = toChromeTrace(threadsTrace);
    expect(await agree(JSON.stringify(chrome, null, 2))).toBe(false);
    expect(await agree(`\uFEFF${JSON.stringify(chrome)}`)).toBe(false);
    expect(await agree(JSON.stringify(threadsTrace))).toBe(false);
    expect(await agree(JSON.stringify({ traceEvents: chrome.traceEvents }))).toBe(false);
    expect(await agree(JSON.stringify(chrome).replace('"startMs":10,', '"startMs":1e1,'))).toBe(true);
    // Slices out of the export's order: read back by their indices, the long way.
    const shuffled = { ...chrome, traceEvents: [...chrome.traceEvents].reverse() };
    expect(await agree(JSON.stringify(shuffled))).toBe(false);
    expect(readTraceFile(JSON.stringify(shuffled)).ok).toBe(true);
  });

  type Chrome = {
    traceEvents: { ph: string; cat?: string; args: Record<string, unknown> }[];
    otherData: {
      trace: Record<string, unknown> & { tasks: Record<string, unknown>[]; lanes: Record<string, unknown>[] };
    };
  };
  const slice = (c: Chrome, task: string, segment: number) =>
    c.traceEvents.find((e) => e.args?.task === task && e.args.segment === segment)!.args;
  const event = (c: Chrome, index: number) =>
    c.traceEvents.find((e) => e.cat === 'event' && e.args.index === index)!.args;
  const breakages: [string, (c: Chrome) => void][] = [
    ['a gap between segments', (c) => void (slice(c, 'a', 1).startMs = 11)],
    ['a segment ending before it starts', (c) => void (slice(c, 'a', 1).endMs = 5)],
    [
      'a zero-length running segment',
      (c) => {
        slice(c, 'c', 1).endMs = 120;
        slice(c, 'c', 2).startMs = 120;
      },
    ],
    ['done before the end', (c) => void (slice(c, 'a', 1).state = 'done')],
    ['a final done that lasts', (c) => void (slice(c, 'a', 3).endMs = 121)],
    [
      'a task that never ends',
      (c) => void (c.traceEvents = c.traceEvents.filter((e) => e.args?.segment !== 3 || e.args.task !== 'a')),
    ],
    ['a time past the bound', (c) => void (slice(c, 'c', 4).endMs = 1e14)],
    ['a segment on an unknown lane', (c) => void (slice(c, 'b', 0).lane = 't9')],
    ['an unknown state', (c) => void (slice(c, 'b', 0).state = 'sleeping')],
    ['events out of time order', (c) => void (event(c, 0).timeMs = 200)],
    ['an event index out of order', (c) => void (event(c, 1).index = 7)],
    ['an event naming an unknown task', (c) => void (event(c, 2).task = 'zz')],
    [
      'an event before its task begins',
      (c) => {
        slice(c, 'c', 0).startMs = 5;
        for (const i of [0, 1, 2]) event(c, i).timeMs = 0;
        event(c, 3).timeMs = 1;
      },
    ],
    ['an end on a point event', (c) => void (event(c, 0).endMs = 12)],
    ['a task id twice', (c) => void (c.otherData.trace.tasks[1].id = 'a')],
    ['a label with a direction control', (c) => void (c.otherData.trace.tasks[1].label = 'b\u202E')],
    [
      'a task with no segments',
      (c) => void (c.traceEvents = c.traceEvents.filter((e) => e.cat === 'event' || e.args?.task !== 'b')),
    ],
    ['a lane that is its own parent', (c) => void (c.otherData.trace.lanes[0].parent = 'p0')],
    [
      'a start-up that ends before it starts',
      (c) => void (c.otherData.trace.lanes[0].startup = { start: 5, end: 1 }),
    ],
    ['version 2', (c) => void (c.otherData.trace.version = 2)],
  ];

  it.each(breakages)('%s: refused in the same words, never by the fast path', (_, edit) => {
    const chrome = JSON.parse(JSON.stringify(toChromeTrace(threadsTrace))) as Chrome;
    edit(chrome);
    const text = JSON.stringify(chrome);
    const general = readTraceFile(text);
    expect(general.ok).toBe(false);
    expect(readChromeTraceFast(encode(text))).toBeNull();
    expect(readTraceBytes(encode(text), () => text)).toEqual({
      ok: false,
      error: !general.ok && general.error,
    });
  });

  it.each([
    ['threads fixture', toChromeTrace(threadsTrace)],
    ['asyncio-wait, unusual', toChromeTrace(unusual())],
  ])('%s: 300 mutated exports are read alike both ways', async (_, source) => {
    const texts = fc
      .sample(arbEdits, { numRuns: 300, seed: 21 })
      .map((e) => JSON.stringify(mutate(source, e)));
    let fast = 0;
    for (const text of texts) if (await agree(text)) fast++;
    // Most edits break a check (the general path words it); a harmless few keep the fast path.
    expect(fast).toBeGreaterThan(0);
    expect(fast).toBeLessThan(300);
  });

  it('300 exports with a character inserted, deleted or replaced are read alike both ways', async () => {
    const text = JSON.stringify(toChromeTrace(small('asyncio-gather')));
    const chars = [
      ' ',
      '"',
      '\\',
      '0',
      '5',
      'e',
      'E',
      '-',
      '+',
      '.',
      ',',
      ':',
      '}',
      ']',
      '{',
      'é',
      '\u0001',
      '\n',
      'x',
    ];
    const arbEdit = fc.record({
      at: fc.nat({ max: text.length - 1 }),
      op: fc.constantFrom('insert', 'delete', 'replace'),
      ch: fc.constantFrom(...chars),
    });
    let fast = 0;
    for (const edits of fc.sample(fc.array(arbEdit, { minLength: 1, maxLength: 3 }), {
      numRuns: 300,
      seed: 22,
    })) {
      let edited = text;
      for (const { at, op, ch } of edits)
        edited =
          edited.slice(0, at) + (op === 'delete' ? '' : ch) + edited.slice(op === 'insert' ? at : at + 1);
      if (await agree(edited)) fast++;
    }
    expect(fast).toBeGreaterThan(0);
  });
});
