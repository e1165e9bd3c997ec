import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJitteredParams, arbScenario } from '../sim/reference/scenarios';
import { makespan } from '../trace/makespan';
import { pythonStateAt } from '../trace/pythonState';
import type { Trace, TraceEvent } from '../trace/types';
import { defaultScenario, simulateScenario } from './run';

// CPython 3.11, Lib/asyncio/futures.py: Future.add_done_callback appends (fn, context) to the task's
// `_callbacks`; when the task finishes, set_result → Future.__schedule_callbacks does
// `for callback, ctx in callbacks: self._loop.call_soon(callback, self, context=ctx)`.
// Lib/asyncio/base_events.py: call_soon → _call_soon appends a Handle to `self._ready`, and _run_once runs the
// handles of `_ready` in order, each to completion on the loop's thread. So a done-callback waits behind every
// handle already ready, runs on the loop, and while it runs (print, parsing: CPU work) nothing else does.

const callbacksOf = (trace: Trace): TraceEvent[] => trace.events.filter((e) => e.kind === 'callback');
const finishOf = (trace: Trace, id: string | undefined) =>
  trace.tasks.find((t) => t.id === id)?.segments.at(-1)?.start ?? NaN;

describe('done-callbacks: a callback is work on the loop (call_soon)', () => {
  it('runs each task’s callback on the loop once the task is done, for the CPU work it does', () => {
    const trace = simulateScenario(defaultScenario('done-callbacks'));
    const callbacks = callbacksOf(trace);
    const loop = trace.lanes.find((l) => l.kind === 'event-loop')?.id;
    expect(callbacks).toHaveLength(trace.tasks.length);
    for (const cb of callbacks) {
      expect(cb.lane).toBe(loop);
      expect(cb.time).toBeGreaterThanOrEqual(finishOf(trace, cb.task));
      expect((cb.end ?? 0) - cb.time).toBeCloseTo(trace.scenario.params.cpuMs, 9);
    }
    // The program is over when its last callback returns, not when its last task does.
    expect(makespan(trace)).toBe(Math.max(...callbacks.map((c) => c.end ?? 0)));
  });

  it('names the running callback in the state of the loop, and shows no task running meanwhile', () => {
    const trace = simulateScenario(defaultScenario('done-callbacks'));
    for (const cb of callbacksOf(trace)) {
      const mid = (cb.time + (cb.end ?? cb.time)) / 2;
      const [runner] = pythonStateAt(trace, mid).processes[0].runners;
      expect(runner.callback).toMatchObject({ task: cb.task, since: cb.time });
      expect(runner.running).toBeNull();
    }
  });

  it('holds up a task whose answer comes in while a callback runs, in the default scenario too', () => {
    const held = (trace: Trace) =>
      callbacksOf(trace).filter((cb) =>
        trace.tasks.some((t) =>
          t.segments.some(
            (s) =>
              s.state === 'ready' && s.start >= cb.time && s.start < (cb.end ?? 0) && s.end >= (cb.end ?? 0),
          ),
        ),
      );
    expect(held(simulateScenario(defaultScenario('done-callbacks'))).length).toBeGreaterThan(0);
    fc.assert(
      fc.property(arbScenario('done-callbacks', arbJitteredParams), (scenario) => {
        const trace = simulateScenario(scenario);
        const callbacks = callbacksOf(trace);
        for (const r of trace.events.filter((e) => e.kind === 'response-received')) {
          const busy = callbacks.find((cb) => cb.time < r.time && r.time < (cb.end ?? 0));
          if (busy === undefined) continue;
          // The answer is in, but the loop is running a callback: the task waits ready until it returns.
          const task = trace.tasks.find((t) => t.id === r.task);
          const after = task?.segments.find((s) => s.start === r.time);
          expect(after?.state).toBe('ready');
          expect(after?.end ?? 0).toBeGreaterThanOrEqual((busy.end ?? 0) - 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('runs callbacks in the order their tasks finished (FIFO, behind what was already ready)', () => {
    fc.assert(
      fc.property(arbScenario('done-callbacks', arbJitteredParams), (scenario) => {
        const trace = simulateScenario(scenario);
        const callbacks = callbacksOf(trace);
        const finishes = callbacks.map((cb) => finishOf(trace, cb.task));
        expect(finishes).toEqual([...finishes].sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });

  it('queues callbacks behind tasks already ready: answers that arrive together resume first', () => {
    // Three answers at the same instant: the three resumed tasks are ready before any of them finishes, so
    // each callback lines up behind them (call_soon appends), and they run after the last task.
    const trace = simulateScenario({
      strategy: 'done-callbacks',
      params: {
        ...defaultScenario('done-callbacks').params,
        tasks: 3,
        latencyMs: 100,
        jitterMs: 0,
        overheadMs: 0,
        requestCpuMs: 0,
        cpuMs: 50,
      },
      seed: 1,
    });
    expect(trace.tasks.map((t) => finishOf(trace, t.id))).toEqual([100, 100, 100]);
    expect(callbacksOf(trace).map((c) => [c.task, c.time, c.end])).toEqual([
      ['t1', 100, 150],
      ['t2', 150, 200],
      ['t3', 200, 250],
    ]);
    expect(makespan(trace)).toBe(250);
  });
});
