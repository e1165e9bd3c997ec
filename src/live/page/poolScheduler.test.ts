import { describe, expect, it } from 'vitest';
import type { ToWorker } from '../protocol';
import { PoolScheduler } from './poolScheduler';
import type { LiveWorker } from './workerPool';

function worker(lane: string, sent: number[]): LiveWorker {
  return { lane, label: lane, post: (m: ToWorker) => m.type === 'task' && sent.push(m.plan.task) };
}

const plan = (task: number, w: LiveWorker) => ({
  task,
  lane: w.lane,
  request: null,
  url: '',
  timeoutMs: 1,
  cpuBeforeMs: 0,
  cpuAfterMs: 0,
  gil: false,
});

describe('PoolScheduler', () => {
  it('runs a chunk one task at a time and takes the next chunk only when it is used up (Pool.map)', () => {
    const a: number[] = [];
    const b: number[] = [];
    const s = new PoolScheduler(1, plan);
    const wa = worker('a', a);
    const wb = worker('b', b);
    s.join(wa);
    s.join(wb);
    s.add([0, 1]);
    s.add([2, 3]);
    s.add([4, 5]);
    expect([a, b]).toEqual([[0], [2]]);
    s.ended(wa, 0);
    expect(a).toEqual([0, 1]);
    s.ended(wa, 1);
    expect(a).toEqual([0, 1, 4]);
  });

  it('keeps `concurrency` tasks in flight per worker (childconcurrency)', () => {
    const a: number[] = [];
    const s = new PoolScheduler(3, plan);
    const wa = worker('a', a);
    s.join(wa);
    for (let t = 0; t < 5; t++) s.add([t]);
    expect(a).toEqual([0, 1, 2]);
    s.ended(wa, 1);
    expect(a).toEqual([0, 1, 2, 3]);
  });

  it('gives back a dead worker’s running tasks and re-queues the rest of its chunk first', () => {
    const a: number[] = [];
    const b: number[] = [];
    const s = new PoolScheduler(1, plan);
    const wa = worker('a', a);
    s.join(wa);
    s.add([0, 1, 2]);
    s.add([3]);
    expect(s.leave(wa)).toEqual([0]);
    const wb = worker('b', b);
    s.join(wb);
    expect(b).toEqual([1]);
  });
});
