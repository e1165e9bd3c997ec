import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../strategies';
import { pythonStateAt } from './pythonState';
import { segmentAt } from './stateAt';
import { event, lane, makeTrace, task } from './testing/build';
import { threadsTrace } from './testing/fixtures';

// One loop: t1 runs 0–10 then awaits 10–110; t2 is ready 0–10 (pending), runs 10–20, awaits 20–60; t3 queued
// for a semaphore 0–60 then ready 60–70 behind t2, runs 70–80.
const loopTrace = makeTrace({
  lanes: [lane('p', 'process'), lane('p/loop', 'event-loop', 'p')],
  tasks: [
    task('t1', 'p/loop', 0, [
      ['running', 10],
      ['suspended', 100],
      ['running', 5],
    ]),
    task('t2', 'p/loop', 0, [
      ['ready', 10],
      ['running', 10],
      ['suspended', 40],
      ['ready', 5],
      ['running', 5],
    ]),
    task('t3', 'p/loop', 0, [
      ['queued', 60],
      ['ready', 10],
      ['running', 10],
    ]),
  ],
  events: [
    event('request-sent', 10, 'p/loop', 't1'),
    event('response-received', 110, 'p/loop', 't1'),
    event('request-sent', 20, 'p/loop', 't2'),
    event('response-received', 60, 'p/loop', 't2'),
  ],
});

const loopAt = (t: number) => pythonStateAt(loopTrace, t).processes[0];
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('pythonStateAt', () => {
  it('names the running task, the ready queue, suspended and queued tasks of an event loop', () => {
    const p = loopAt(5);
    expect(p.runners).toHaveLength(1);
    expect(p.runners[0].lane.id).toBe('p/loop');
    expect(p.runners[0].running?.id).toBe('t1');
    expect(ids(p.runners[0].ready)).toEqual(['t2']);
    expect(ids(p.queued)).toEqual(['t3']);
    expect(p.gil?.id).toBe('t1');
  });

  it('switches exactly at segment boundaries (half-open [start, end))', () => {
    expect(loopAt(9.999).runners[0].running?.id).toBe('t1');
    const at10 = loopAt(10);
    expect(at10.runners[0].running?.id).toBe('t2');
    expect(ids(at10.runners[0].suspended)).toEqual(['t1']);
    expect(ids(at10.inFlight.map((r) => ({ id: r.task })))).toEqual(['t1']);
    // The response at 60 is no longer in flight at 60; t2 and t3 became ready at 60, t2 listed first.
    const at60 = loopAt(60);
    expect(at60.runners[0].running).toBeNull();
    expect(ids(at60.runners[0].ready)).toEqual(['t2', 't3']);
    expect(at60.inFlight.map((r) => r.task)).toEqual(['t1']);
    expect(at60.gil).toBeNull();
  });

  it('orders the ready queue by when each task became ready', () => {
    // At 62: t2 and t3 both ready since 60 (t2 first by index); t2 runs at 65 and t3 at 70.
    expect(ids(loopAt(62).runners[0].ready)).toEqual(['t2', 't3']);
    expect(loopAt(65).runners[0].running?.id).toBe('t2');
    expect(ids(loopAt(65).runners[0].ready)).toEqual(['t3']);
    expect(loopAt(70).runners[0].running?.id).toBe('t3');
    expect(loopAt(70).runners[0].ready).toEqual([]);
  });

  it('drops finished tasks from every list, from their finish on', () => {
    const end = loopAt(115);
    expect(end.runners[0].running).toBeNull();
    expect(end.runners[0].ready).toEqual([]);
    expect(end.runners[0].suspended).toEqual([]);
    expect(end.queued).toEqual([]);
    expect(end.inFlight).toEqual([]);
    expect(loopAt(1e9).runners[0].running).toBeNull();
  });

  it('treats a blocked task as holding its thread without the GIL', () => {
    const p = pythonStateAt(threadsTrace, 50).processes[0];
    expect(p.runners.map((r) => [r.lane.id, r.running?.id, r.running?.state])).toEqual([
      ['t0', 'a', 'blocked'],
      ['t1', 'b', 'blocked'],
    ]);
    expect(p.gil).toBeNull();
    expect(ids(p.queued)).toEqual(['c']);
    expect(p.inFlight.map((r) => r.task)).toEqual(['a', 'b']);
  });

  it('keeps a request never answered in flight', () => {
    // b's request at 10 has no response (b failed at 60).
    expect(pythonStateAt(threadsTrace, 200).processes[0].inFlight.map((r) => r.task)).toEqual(['b', 'c']);
  });

  it('says when a process is starting up', () => {
    const trace = makeTrace({
      lanes: [
        lane('m', 'process'),
        { ...lane('c', 'process', 'm'), startup: { start: 0, end: 50 } },
        lane('c/loop', 'event-loop', 'c'),
      ],
      tasks: [
        task('x', 'm', 0, [
          ['queued', 50],
          ['running', 5, 'c/loop'],
        ]),
      ],
    });
    const at = (t: number) => pythonStateAt(trace, t).processes;
    expect(at(49).map((p) => [p.lane.id, p.startingUp])).toEqual([
      ['m', false],
      ['c', true],
    ]);
    expect(at(50)[1].startingUp).toBe(false);
    expect(ids(at(49)[0].queued)).toEqual(['x']);
    expect(at(50)[1].gil?.id).toBe('x');
    expect(at(50)[0].gil).toBeNull();
  });

  it('agrees with segmentAt on every task of simulator traces, for each strategy with lanes', () => {
    for (const id of [
      'asyncio-gather',
      'async-blocking',
      'thread-pool',
      'aiomultiprocess',
      'asyncio-semaphore',
      'task-lifecycle',
    ] as const) {
      const sc = defaultScenario(id);
      const trace = simulateScenario({ ...sc, params: { ...sc.params, tasks: 12 } });
      for (const t of [0, 1, 250, 499.5, 500, 1003, 3003, 3503]) {
        const state = pythonStateAt(trace, t);
        const seen = new Map<string, string>();
        for (const p of state.processes) {
          for (const r of p.runners) {
            if (r.running) seen.set(r.running.id, r.running.state);
            for (const x of [...r.ready, ...r.suspended]) seen.set(x.id, x.state);
          }
          for (const x of p.queued) seen.set(x.id, 'queued');
        }
        for (const task of trace.tasks) {
          const s = segmentAt(task, t)?.state;
          const expected = s === undefined || s === 'done' || s === 'failed' ? undefined : s;
          expect([id, t, task.id, seen.get(task.id)]).toEqual([id, t, task.id, expected]);
        }
        // At most one task holds the GIL per process, and it is running.
        for (const p of state.processes) if (p.gil) expect(p.gil.state).toBe('running');
      }
    }
  });

  it('lists the ready queue of async-blocking behind the blocking task, oldest first', () => {
    const sc = defaultScenario('async-blocking');
    const trace = simulateScenario({ ...sc, params: { ...sc.params, tasks: 4 } });
    const loop = pythonStateAt(trace, 4500).processes[0].runners[0];
    expect(loop.running?.label).toBe(trace.tasks[1].label);
    expect(loop.running?.state).toBe('blocked');
    expect(ids(loop.ready)).toEqual([trace.tasks[2].id, trace.tasks[3].id]);
  });
});

describe('main() awaiting its tasks (asyncio.wait)', () => {
  it('is listed as awaiting its tasks, never as suspended on I/O, and makes no request in flight', () => {
    const trace = simulateScenario(defaultScenario('asyncio-wait'));
    const loop = pythonStateAt(trace, 1000).processes[0].runners[0];
    expect(loop.awaiting.map((t) => t.label)).toEqual(['main()']);
    expect(loop.suspended.map((t) => t.label)).not.toContain('main()');
    expect(loop.suspended).toHaveLength(trace.scenario.params.tasks);
    expect(pythonStateAt(trace, 1000).processes[0].inFlight.map((r) => r.label)).not.toContain('main()');
  });

  it('names a done-callback while the loop runs it, and a zero-length one at its instant', () => {
    // t1 finishes at 10; its callback holds the loop 10–30; t2's answer at 15 waits ready behind it.
    const trace = makeTrace({
      lanes: [lane('p', 'process'), lane('p/loop', 'event-loop', 'p')],
      tasks: [
        task('t1', 'p/loop', 0, [['running', 10]]),
        task('t2', 'p/loop', 0, [
          ['suspended', 15],
          ['ready', 15],
          ['running', 5],
        ]),
      ],
      events: [
        { ...event('callback', 10, 'p/loop', 't1'), end: 30 },
        { ...event('callback', 35, 'p/loop', 't2'), end: 35 },
      ],
    });
    const runner = (t: number) => pythonStateAt(trace, t).processes[0].runners[0];
    expect(runner(20).callback).toEqual({ task: 't1', label: 't1', since: 10 });
    expect(runner(20).running).toBeNull();
    expect(ids(runner(20).ready)).toEqual(['t2']);
    expect(runner(30).callback).toBeNull();
    expect(runner(30).running?.id).toBe('t2');
    expect(runner(35).callback?.task).toBe('t2');
    expect(runner(36).callback).toBeNull();
  });
});
