import { describe, expect, it } from 'vitest';
import { defaultParams, defaultScenario, simulateScenario } from '../strategies';
import type { StrategyId } from './scenario';
import { findCallouts } from './callouts';
import { lane, makeTrace, task } from './testing/build';

const sim = (id: StrategyId, tasks = 6) => {
  const sc = defaultScenario(id);
  return simulateScenario({ ...sc, params: { ...sc.params, tasks } });
};
const kinds = (id: StrategyId, tasks?: number) => findCallouts(sim(id, tasks)).map((c) => c.kind);

describe('findCallouts', () => {
  it('points at the event loop blocked by a blocking call while tasks are ready', () => {
    const [c] = findCallouts(sim('async-blocking', 5));
    expect(c.kind).toBe('loop-blocked');
    // Once task 1 has built and sent its request (half of requests' CPU per request).
    expect(c.time).toBe(defaultScenario('async-blocking').params.requestCpuMs / 2);
    expect(c.count).toBe(4);
  });

  it('says nothing when a loop blocks with nobody waiting', () => {
    const trace = makeTrace({
      lanes: [lane('p', 'process'), lane('l', 'event-loop', 'p')],
      tasks: [
        task('a', 'l', 0, [['blocked', 10]]),
        task('b', 'l', 10, [
          ['ready', 5],
          ['running', 5],
        ]),
      ],
    });
    expect(findCallouts(trace)).toEqual([]);
  });

  it('finds tasks ready on one thread while another thread runs (the GIL), only across threads', () => {
    const trace = makeTrace({
      lanes: [lane('p', 'process'), lane('t1', 'thread', 'p'), lane('t2', 'thread', 'p')],
      tasks: [
        task('a', 't1', 0, [['running', 10]]),
        task('b', 't2', 4, [
          ['ready', 6],
          ['running', 5],
        ]),
        task('c', 't1', 10, [['ready', 5]]),
      ],
    });
    expect(findCallouts(trace)).toEqual([{ kind: 'gil-wait', time: 4, end: 10, lane: 't2', count: 1 }]);
  });

  it('finds a saturated pool only once every process has started', () => {
    expect(kinds('thread-pool', 12)).toContain('pool-saturated');
    expect(kinds('thread-pool', 2)).not.toContain('pool-saturated');
    const aio = findCallouts(sim('aiomultiprocess', 8));
    expect(aio.map((c) => c.kind)).toEqual(['startup']);
    expect(aio[0].count).toBe(sim('aiomultiprocess', 8).lanes.filter((l) => l.startup).length);
  });

  it('calls a queue behind asyncio.Semaphore "semaphore full"', () => {
    const c = findCallouts(sim('asyncio-semaphore', 12)).find((x) => x.kind === 'semaphore-full');
    // Once the first k tasks have sent their requests, one after another on the loop.
    const { concurrency, requestCpuMs } = defaultScenario('asyncio-semaphore').params;
    expect(c?.time).toBeCloseTo((concurrency * requestCpuMs) / 2, 9);
    expect(c?.count).toBe(12 - defaultScenario('asyncio-semaphore').params.concurrency);
  });

  it('finds nothing remarkable in a plain asyncio.gather', () => {
    expect(kinds('asyncio-gather', 6)).toEqual([]);
  });

  it('keeps the list short and sorted by time on a large run', () => {
    const list = findCallouts(sim('run-in-executor', 500));
    expect(list.length).toBeLessThanOrEqual(6);
    expect(list.map((c) => c.time)).toEqual([...list.map((c) => c.time)].sort((a, b) => a - b));
  });
});

describe('the connector caps a semaphore', () => {
  // aiohttp: ClientSession() has TCPConnector(limit=100); asyncio.Semaphore(200) then lets 200 tasks in, but
  // BaseConnector.connect makes every request past the 100th wait for a free connection.
  const run = (concurrency: number) =>
    simulateScenario({
      strategy: 'asyncio-semaphore',
      params: {
        ...defaultParams('asyncio-semaphore'),
        tasks: 400,
        latencyMs: 300,
        concurrency,
        connectorLimit: 100,
      },
      seed: 1,
    });

  it('names the connection limit, not a full semaphore, when k is above it', () => {
    const kinds = findCallouts(run(200)).map((c) => c.kind);
    expect(kinds).toContain('connector-cap');
    expect(kinds).not.toContain('semaphore-full');
    expect(findCallouts(run(200)).find((c) => c.kind === 'connector-cap')?.count).toBe(100);
  });

  it('names the semaphore when k is below the connection limit', () => {
    const kinds = findCallouts(run(50)).map((c) => c.kind);
    expect(kinds).toContain('semaphore-full');
    expect(kinds).not.toContain('connector-cap');
  });
});
