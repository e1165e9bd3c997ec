import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../strategies/run';
import { checkTraceInvariants } from '../../trace/invariants';
import { LiveRecorder } from './liveRecorder';

const ORIGIN = 1_700_000_000_000;

function recorder() {
  const r = new LiveRecorder(defaultScenario('thread-pool'), ORIGIN);
  r.addLane({ id: 'main', kind: 'process', label: 'MainProcess', parent: null });
  r.addLane({ id: 'main/thread-1', kind: 'thread', label: 'Thread 1', parent: 'main' });
  return r;
}

describe('LiveRecorder', () => {
  it('builds contiguous segments from marks that arrive out of order, in times from the origin', () => {
    const r = recorder();
    const task = r.addTask('task 1', 'main', 'queued', ORIGIN);
    // A worker's report of running arrives after its report of being blocked.
    r.state(task, 'running', 'main/thread-1', ORIGIN + 300);
    r.state(task, 'blocked', 'main/thread-1', ORIGIN + 10);
    r.state(task, 'running', 'main/thread-1', ORIGIN + 305);
    r.finish(task, 'done', ORIGIN + 320);
    const trace = r.trace();
    expect(trace.engine).toBe('live');
    expect(trace.tasks[0].segments).toEqual([
      { state: 'queued', start: 0, end: 10, lane: 'main' },
      { state: 'blocked', start: 10, end: 300, lane: 'main/thread-1' },
      { state: 'running', start: 300, end: 320, lane: 'main/thread-1' },
      { state: 'done', start: 320, end: 320, lane: 'main/thread-1' },
    ]);
    expect(checkTraceInvariants(trace)).toEqual([]);
  });

  it('drops zero-length states and ignores reports after the task ended', () => {
    const r = recorder();
    const task = r.addTask('task 1', 'main', 'queued', ORIGIN);
    r.state(task, 'ready', 'main/thread-1', ORIGIN + 5);
    r.state(task, 'running', 'main/thread-1', ORIGIN + 5);
    r.finish(task, 'failed', ORIGIN + 8);
    r.state(task, 'running', 'main/thread-1', ORIGIN + 9);
    expect(r.trace().tasks[0].segments.map((s) => s.state)).toEqual(['queued', 'running', 'failed']);
  });

  it('cuts unfinished tasks at the cancel time and marks the trace cancelled', () => {
    const r = recorder();
    const a = r.addTask('task 1', 'main', 'queued', ORIGIN);
    r.state(a, 'blocked', 'main/thread-1', ORIGIN + 2);
    r.event('request-sent', ORIGIN + 2, 'main/thread-1', a);
    const trace = r.trace(ORIGIN + 50);
    expect(trace.cancelled).toBe(true);
    expect(trace.tasks[0].segments.at(-1)).toEqual({
      state: 'blocked',
      start: 2,
      end: 50,
      lane: 'main/thread-1',
    });
    expect(trace.events).toEqual([{ kind: 'request-sent', time: 2, lane: 'main/thread-1', task: 't1' }]);
    expect(checkTraceInvariants(trace)).toEqual([]);
  });
});
