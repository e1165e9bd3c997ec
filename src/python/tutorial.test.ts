import { beforeAll, describe, expect, it } from 'vitest';
import { makespan } from '../trace/makespan';
import { parseTrace } from '../trace/schema';
import { checkTraceInvariants } from '../trace/invariants';
import { matchShape } from './shape';
import { nodeSession, runIn, TEST_SCENARIO } from './testing';
import type { PythonSession } from './session';
import { AIOHTTP, ASYNC_AROUND_REQUESTS, CALLBACK, LIFECYCLE, SEQUENTIAL, WAIT } from './tutorialPrograms';

let session: PythonSession;
beforeAll(async () => {
  session = await nodeSession();
}, 120_000);

/** Virtual makespans are the endpoint's delays (CPU is not counted in these cases: see `runIn`). */
const near = (ms: number, target: number) => ms >= target && ms < target + 5;

describe('the tutorial on CPython in the page, virtual time', () => {
  it('5 × requests.get of 3 s one after another take 15 s, and look sequential', () => {
    const { result, trace, output, nominal } = runIn(session, SEQUENTIAL);
    expect(result.status).toBe('ok');
    expect(near(makespan(trace), 15_000)).toBe(true);
    expect(output).toContain('Cost time: 15.');
    expect(trace.tasks.map((t) => t.label)).toEqual(['main thread']);
    expect(trace.events.filter((e) => e.kind === 'request-sent')).toHaveLength(5);
    expect(
      trace.tasks[0].segments.filter((s) => s.state === 'blocked').reduce((n, s) => n + s.end - s.start, 0),
    ).toBe(15_000);
    const match = matchShape(trace, TEST_SCENARIO, nominal);
    expect(match.ok && match.scenario.strategy).toBe('sequential');
    expect(match.ok && match.scenario.params.tasks).toBe(5);
    expect(parseTrace(JSON.parse(JSON.stringify(trace))).ok).toBe(true);
    expect(checkTraceInvariants(trace)).toEqual([]);
  });

  it('async def around requests.get still takes 15 s: each call blocks the loop (CPython runs one task at a time)', () => {
    const { result, trace, nominal } = runIn(session, ASYNC_AROUND_REQUESTS);
    expect(result.status).toBe('ok');
    expect(near(makespan(trace), 15_000)).toBe(true);
    const requesters = trace.tasks.filter((t) => t.label.startsWith('request()'));
    expect(requesters).toHaveLength(5);
    for (const t of requesters)
      expect(t.segments.some((s) => s.state === 'blocked' && s.line === 10)).toBe(true);
    const match = matchShape(trace, TEST_SCENARIO, nominal);
    expect(match.ok && match.scenario.strategy).toBe('async-blocking');
    expect(checkTraceInvariants(trace)).toEqual([]);
  });

  it('aiohttp: 5 requests in about 3 s, every task suspended at its await at once', () => {
    const { result, trace, output, nominal } = runIn(session, AIOHTTP);
    expect(result.status).toBe('ok');
    expect(near(makespan(trace), 3_000)).toBe(true);
    expect(output).toContain('Cost time: 3.');
    const requesters = trace.tasks.filter((t) => t.label.startsWith('request()'));
    // Each task suspends inside get() at `await session.get(url)` (line 9), before any answer.
    for (const t of requesters)
      expect(t.segments.some((s) => s.state === 'suspended' && s.line === 9)).toBe(true);
    const match = matchShape(trace, TEST_SCENARIO, nominal);
    expect(match.ok && match.scenario.strategy).toBe('asyncio-gather');
    expect(match.ok && match.scenario.params.latencyMs).toBe(3000);
    expect(checkTraceInvariants(trace)).toEqual([]);
  });

  it('a task is pending until the loop runs it, then finished with its result', () => {
    const { result, output, trace } = runIn(session, LIFECYCLE);
    expect(result.status).toBe('ok');
    expect(output).toMatch(
      /Task: <Task pending name='Task-\d+' coro=<execute\(\) running at <your program>:3>/,
    );
    expect(output).toMatch(
      /Number: 1\nTask: <Task finished name='Task-\d+' coro=<execute\(\) done.*result=1>/,
    );
    expect(trace.tasks.map((t) => t.label)).toEqual(['execute()']);
  });

  it('add_done_callback runs the callback on the loop once the task is done', () => {
    const { result, output, trace } = runIn(session, CALLBACK);
    expect(result.status).toBe('ok');
    expect(output).toContain('Status: <Response [200]>');
    const done = trace.tasks[0].segments.at(-1);
    const callback = trace.events.find((e) => e.kind === 'callback');
    expect(callback?.task).toBe(trace.tasks.find((t) => t.label === 'request()')?.id);
    expect(callback && done && callback.time >= done.end).toBe(true);
  });

  it('asyncio.wait: five blocking tasks, 15 s, every result there', () => {
    const { result, output, trace } = runIn(session, WAIT);
    expect(result.status).toBe('ok');
    expect(output.match(/Task Result: <Response \[200\]>/g)).toHaveLength(5);
    expect(near(makespan(trace), 15_000)).toBe(true);
  });
});
