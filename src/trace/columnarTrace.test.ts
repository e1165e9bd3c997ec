import { describe, expect, it } from 'vitest';
import { columnarTrace, traceColumnsOf, type TraceBody } from './columnarTrace';
import type { Task, Trace, TraceEvent } from './types';
import { defaultScenario, simulateScenario } from '../strategies';
import { toChromeTrace } from './chromeTrace';
import { parseTrace } from './schema';

const task: Task = {
  id: 't1',
  label: 'task 1',
  lane: 'main',
  segments: [
    { state: 'running', start: 0, end: 1.5, lane: 'main' },
    { state: 'done', start: 1.5, end: 1.5, lane: 'main' },
  ],
};
const event: TraceEvent = { kind: 'request-sent', time: 0.25, lane: 'main', task: 't1' };
const head = {
  version: 1,
  engine: 'sim',
  scenario: defaultScenario('sequential'),
  lanes: [{ id: 'main', kind: 'process', label: 'MainProcess', parent: null }],
} as const;
const plain: Trace = { ...head, tasks: [task], events: [event] };

/** A body that counts how often it is asked for objects. */
function counted() {
  const made = { tasks: 0, events: 0 };
  const body: TraceBody = {
    tasks: () => (made.tasks++, [task]),
    events: () => (made.events++, [event]),
    columns: () => {
      throw new Error('not in this test');
    },
  };
  return { made, trace: columnarTrace(head, body) };
}

describe('columnarTrace', () => {
  it('makes its tasks and events on first read only, once, and returns the same arrays after', () => {
    const { made, trace } = counted();
    expect(made).toEqual({ tasks: 0, events: 0 });
    expect(trace.tasks).toBe(trace.tasks);
    expect(made).toEqual({ tasks: 1, events: 0 });
    expect(trace.events).toBe(trace.events);
    expect(made).toEqual({ tasks: 1, events: 1 });
  });

  it('is a plain trace to JSON, spread, structuredClone, Object.keys and deep equality', () => {
    expect(JSON.stringify(counted().trace)).toBe(JSON.stringify(plain));
    expect(Object.keys(counted().trace)).toEqual(Object.keys(plain));
    expect({ ...counted().trace }).toStrictEqual(plain);
    expect(structuredClone(counted().trace)).toStrictEqual(plain);
    expect(counted().trace).toStrictEqual(plain);
  });

  it('hands its columns to the packer until every object is made; a copy is plain', () => {
    const columns = { strings: '' } as unknown as ReturnType<TraceBody['columns']>;
    const trace = columnarTrace(head, { tasks: () => [task], events: () => [event], columns: () => columns });
    void trace.tasks;
    expect(traceColumnsOf(trace)).toBe(columns);
    const copy = { ...trace };
    expect(traceColumnsOf(copy)).toBeUndefined();
    // The spread read the events too: the columns are let go.
    expect(traceColumnsOf(trace)).toBeUndefined();
  });
});

describe("the simulator's columnar trace, to every reader", () => {
  const scenario = defaultScenario('asyncio-wait', { tasks: 12, jitterMs: 30 });
  /** A plain trace with the same content, made by reading every field once. */
  const plainOf = (trace: Trace): Trace => JSON.parse(JSON.stringify(trace)) as Trace;

  it('exports the same JSON and Chrome trace, parses and clones as a plain trace does', () => {
    const plainTrace = plainOf(simulateScenario(scenario));
    expect(JSON.stringify(simulateScenario(scenario))).toBe(JSON.stringify(plainTrace));
    expect(JSON.stringify(toChromeTrace(simulateScenario(scenario)))).toBe(
      JSON.stringify(toChromeTrace(plainTrace)),
    );
    const parsed = parseTrace(simulateScenario(scenario));
    expect(parsed.ok && parsed.trace).toStrictEqual(plainTrace);
    expect(structuredClone(simulateScenario(scenario))).toStrictEqual(plainTrace);
    expect(simulateScenario(scenario)).toStrictEqual(plainTrace);
  });
});
