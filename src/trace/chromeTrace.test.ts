import { describe, expect, it } from 'vitest';
import { STRATEGY_IDS } from './scenario';
import { defaultScenario, simulateScenario } from '../strategies';
import { toChromeTrace } from './chromeTrace';
import { fromChromeTrace, isChromeTrace } from './fromChromeTrace';
import type { Trace } from './types';

const traces: [string, Trace][] = STRATEGY_IDS.map((id) => {
  const s = defaultScenario(id);
  return [
    id,
    simulateScenario({
      ...s,
      params: { ...s.params, tasks: Math.min(s.params.tasks, 12), jitterMs: 37, cpuMs: 3 },
    }),
  ];
});

/** Per thread (pid, tid): X slices must nest, which is what Perfetto and chrome://tracing require. */
function misnested(events: ReturnType<typeof toChromeTrace>['traceEvents']): string[] {
  const byThread = new Map<string, { ts: number; end: number }[]>();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const key = `${e.pid}/${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), { ts: e.ts!, end: e.ts! + e.dur! }]);
  }
  const bad: string[] = [];
  for (const [key, slices] of byThread) {
    slices.sort((a, b) => a.ts - b.ts || b.end - a.end);
    const open: { end: number }[] = [];
    for (const s of slices) {
      while (open.length > 0 && open[open.length - 1].end <= s.ts) open.pop();
      if (open.length > 0 && s.end > open[open.length - 1].end + 1e-9) bad.push(`${key} at ${s.ts}`);
      open.push(s);
    }
  }
  return bad;
}

describe('toChromeTrace / fromChromeTrace', () => {
  it.each(traces)('%s: round trip gives the identical trace, through JSON text', (_id, trace) => {
    const back = fromChromeTrace(JSON.parse(JSON.stringify(toChromeTrace(trace))));
    expect(back).toEqual({ ok: true, trace });
  });

  it.each(traces)(
    '%s: follows the format: M names for every pid/tid, µs times, nested X slices',
    (_id, trace) => {
      const chrome = toChromeTrace(trace);
      expect(chrome.displayTimeUnit).toBe('ms');
      const named = new Set(
        chrome.traceEvents.filter((e) => e.name === 'thread_name').map((e) => `${e.pid}/${e.tid}`),
      );
      const pids = new Set(chrome.traceEvents.filter((e) => e.name === 'process_name').map((e) => e.pid));
      for (const e of chrome.traceEvents) {
        if (e.ph === 'M') continue;
        expect(named.has(`${e.pid}/${e.tid}`), `${e.name} on ${e.pid}/${e.tid}`).toBe(true);
        expect(pids.has(e.pid)).toBe(true);
        expect(Number.isFinite(e.ts)).toBe(true);
        if (e.ph === 'X') expect(e.dur).toBeGreaterThanOrEqual(0);
        if (e.ph === 'i') expect(e.s).toBe('t');
      }
      expect(misnested(chrome.traceEvents)).toEqual([]);
      expect(isChromeTrace(chrome)).toBe(true);
    },
  );

  it('puts lane-holding segments on the lane thread, in microseconds', () => {
    const [, trace] = traces.find(([id]) => id === 'asyncio-gather')!;
    const chrome = toChromeTrace(trace);
    const loop = trace.lanes.find((l) => l.kind === 'event-loop')!;
    const loopTid = chrome.traceEvents.find(
      (e) => e.name === 'thread_name' && String(e.args?.name).startsWith(loop.label),
    )!;
    const running = chrome.traceEvents.filter((e) => e.ph === 'X' && e.cat === 'running');
    expect(running.length).toBeGreaterThan(0);
    for (const e of running) expect(e.tid).toBe(loopTid.tid);
    const seg = trace.tasks[0].segments.find((s) => s.state === 'running')!;
    const slice = running.find((e) => e.args?.task === trace.tasks[0].id)!;
    expect(slice.ts).toBeCloseTo(seg.start * 1000, 3);
    expect(slice.name).toBe(trace.tasks[0].label);
  });

  it('refuses a foreign Chrome trace and a non-trace by name', () => {
    const foreign = { traceEvents: [{ name: 'x', ph: 'X', pid: 1, tid: 1, ts: 0, dur: 5 }] };
    expect(isChromeTrace(foreign)).toBe(true);
    const r = fromChromeTrace(foreign);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/not written by Awaitline/);
    expect(fromChromeTrace({ a: 1 })).toEqual({ ok: false, error: expect.stringMatching(/traceEvents/) });
  });

  it('reports a tampered slice with parseTrace’s message', () => {
    const [, trace] = traces[0];
    const chrome = JSON.parse(JSON.stringify(toChromeTrace(trace)));
    const slice = chrome.traceEvents.find(
      (e: { ph: string; cat?: string }) => e.ph === 'X' && e.cat !== 'startup',
    );
    slice.args.endMs = 'soon';
    const r = fromChromeTrace(chrome);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/tasks\[\d+\]\.segments\[\d+\]\.end/);
  });
});

describe('fromChromeTrace refuses slices it cannot read, naming each', () => {
  // Without request CPU each task is one suspended slice between two instants, as the cases below assume.
  const gather = defaultScenario('asyncio-gather');
  const chrome = toChromeTrace(
    simulateScenario({ ...gather, params: { ...gather.params, requestCpuMs: 0 } }),
  );
  const copy = (): unknown[] => chrome.traceEvents.map((e) => JSON.parse(JSON.stringify(e)) as unknown);
  const slices = chrome.traceEvents.flatMap((e, i) => (e.cat === 'suspended' ? [i] : []));

  it('lists null, task -1 and segment "NaN" slices instead of drawing their tasks short', () => {
    const events = copy();
    const [a, c, d] = slices;
    events[a] = null;
    (events[c] as { args: { task: unknown } }).args.task = -1;
    (events[d] as { args: { segment: unknown } }).args.segment = 'NaN';
    const r = fromChromeTrace({ ...chrome, traceEvents: events });
    expect(r.ok ? '' : r.error).toBe(
      `3 of ${events.length} events cannot be read back, so their tasks would be drawn wrong: ` +
        `traceEvents[${a}]: expected an object, got null; traceEvents[${c}].args.task: expected a task of the header, got -1; ` +
        `traceEvents[${d}].args.segment: expected an index, got "NaN"`,
    );
  });

  it('finds the gap a deleted slice leaves, and a task whose first slices are gone', () => {
    const gap = copy();
    gap.splice(slices[1], 1); // the task's only slice: it would be drawn as a point at its finish
    const r = fromChromeTrace({ ...chrome, traceEvents: gap });
    expect(r.ok ? '' : r.error).toMatch(/^events\[\d+\]\.time: \d+ is before task "t2" begins/);
  });
});
