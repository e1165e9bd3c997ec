/**
 * Golden facts measured on CPython 3.11 (aiohttp 3.8, requests 2.28, aiomultiprocess 0.9.1, a local slow
 * endpoint, 2 vCPUs; see docs/findings.md "Model vs CPython"), each written as the CPython behaviour the model
 * reproduces. Closed forms the tutorial relies on (⌈N/k⌉ waves, Pool.map's 28 rounds, the Manager and child
 * start-up) are pinned in tutorial.test.ts; the done-callback order in doneCallbacks.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Params, StrategyId } from '../trace/scenario';
import type { Trace } from '../trace/types';
import { summarize } from '../trace/summary';
import { defaultParams, simulateScenario } from './run';

const trace = (strategy: StrategyId, over: Partial<Params> = {}, seed = 1): Trace =>
  simulateScenario({ strategy, params: { ...defaultParams(strategy), ...over }, seed });

const times = (t: Trace, kind: 'request-sent' | 'response-received') =>
  t.events
    .filter((e) => e.kind === kind)
    .map((e) => e.time)
    .sort((a, b) => a - b);

/** The most requests in flight at once: +1 at each send, −1 at each response. */
function peakInFlight(t: Trace): number {
  const steps = [
    ...times(t, 'request-sent').map((time) => ({ time, d: 1 })),
    ...times(t, 'response-received').map((time) => ({ time, d: -1 })),
  ].sort((a, b) => a.time - b.time || a.d - b.d);
  let now = 0;
  let peak = 0;
  for (const s of steps) peak = Math.max(peak, (now += s.d));
  return peak;
}

describe('CPython facts the model reproduces', () => {
  it("a semaphore above aiohttp's connector cap: the session's 100 connections bound the requests in flight", () => {
    // aiohttp.ClientSession() builds TCPConnector(limit=100); a request past the cap waits in the connector's
    // _waiters (aiohttp/connector.py, BaseConnector.connect) even when asyncio.Semaphore(200) let it in.
    // Real: k = 200, 400 × 300 ms → 1.27–1.56 s, never more than 100 in flight.
    const t = trace('asyncio-semaphore', { tasks: 400, concurrency: 200, latencyMs: 300 });
    expect(peakInFlight(t)).toBe(100);
    const makespan = summarize(t).makespanMs;
    expect(makespan).toBeGreaterThan(1200);
    expect(makespan).toBeLessThan(1560);
    // connectorLimit 0 (TCPConnector(limit=0): no cap) lets the semaphore decide: two waves of 200.
    const uncapped = trace('asyncio-semaphore', {
      tasks: 400,
      concurrency: 200,
      latencyMs: 300,
      connectorLimit: 0,
    });
    expect(peakInFlight(uncapped)).toBe(200);
    expect(summarize(uncapped).makespanMs).toBeLessThan(makespan * 0.6);
  });

  it("wave 2 leaves in one burst after wave 1's CPU work (the connection is released on leaving async with)", () => {
    // A connection goes back to the pool when the task leaves `async with session.get(...)` (after reading the
    // body), and the waiter it wakes is appended to the loop's _ready behind every task already ready
    // (asyncio/locks.py Semaphore.release → fut.set_result → call_soon). So the loop first finishes the CPU
    // work of the whole wave it woke, and only then do the woken waiters send, together.
    // Real: 500 tasks, limit 100, CPU per response: 86–93 of wave 2's 100 requests left in one burst.
    const t = trace('asyncio-gather', { tasks: 500, latencyMs: 500, cpuMs: 2, jitterMs: 0 });
    const sent = times(t, 'request-sent');
    const wave2 = sent.slice(100, 200);
    const firstResponse = times(t, 'response-received')[0];
    // No request of wave 2 leaves while wave 1's responses are still being worked through...
    expect(wave2[0]).toBeGreaterThan(firstResponse);
    // ...and most of them leave together: 85 or more within a span shorter than one response's CPU work × 10.
    let best = 0;
    for (let i = 0, j = 0; i < wave2.length; i++) {
      while (wave2[i] - wave2[j] > 20) j++;
      best = Math.max(best, i - j + 1);
    }
    expect(best).toBeGreaterThanOrEqual(85);
  });

  it("run_in_executor's default executor has min(32, cores + 4) threads", () => {
    // asyncio's loop.run_in_executor(None, …) creates ThreadPoolExecutor() whose max_workers defaults to
    // min(32, (os.cpu_count() or 1) + 4) (concurrent/futures/thread.py). Real, 2 cores: 24 × 400 ms in 1.64–1.80 s
    // (4 rounds of 6). With cores = 2 the model runs 6 threads; with 28 or more, 32.
    const inFlight = (cores: number) =>
      peakInFlight(trace('run-in-executor', { tasks: 64, workers: 0, cores, latencyMs: 400, cpuMs: 0 }));
    expect(inFlight(2)).toBe(6);
    expect(inFlight(4)).toBe(8);
    expect(inFlight(32)).toBe(32);
  });

  it('jittered runs stay within the spread of seeds, as real runs do within theirs', () => {
    // Real thread-pool and semaphore runs with jitter varied by a few per cent between runs; the model's seeds
    // spread the same way, never by a whole wave.
    const makespans = [1, 2, 3, 4, 5].map(
      (seed) =>
        summarize(trace('thread-pool', { tasks: 24, workers: 4, latencyMs: 400, jitterMs: 40 }, seed))
          .makespanMs,
    );
    const lo = Math.min(...makespans);
    const hi = Math.max(...makespans);
    expect(hi / lo).toBeLessThan(1.15);
    expect(lo).toBeGreaterThan(6 * 360);
  });
});
