import { describe, expect, it } from 'vitest';
import { laneOrder, processLaneOf, topLevelLaneOf } from './lanes';
import { lane } from './testing/build';

describe('laneOrder', () => {
  it('lists parents before children, depth-first, siblings in trace order', () => {
    const lanes = [
      lane('p0.t1', 'thread', 'p0'),
      lane('p1', 'process'),
      lane('p0', 'process'),
      lane('p0.loop', 'event-loop', 'p0.t0'),
      lane('p0.t0', 'thread', 'p0'),
      lane('p1.t0', 'thread', 'p1'),
    ];
    expect(laneOrder(lanes).map(({ lane: l, depth }) => `${l.id}@${depth}`)).toEqual([
      'p1@0',
      'p1.t0@1',
      'p0@0',
      'p0.t1@1',
      'p0.t0@1',
      'p0.loop@2',
    ]);
  });

  it('shows orphans and lanes on a parent cycle as top-level lanes, each once', () => {
    const lanes = [lane('a', 'thread', 'b'), lane('b', 'thread', 'a'), lane('o', 'thread', 'missing')];
    expect(laneOrder(lanes).map(({ lane: l, depth }) => `${l.id}@${depth}`)).toEqual(['o@0', 'a@0', 'b@1']);
  });
});

describe('topLevelLaneOf', () => {
  it('follows parents to the top-level lane', () => {
    const top = topLevelLaneOf([
      lane('p0', 'process'),
      lane('t0', 'thread', 'p0'),
      lane('loop', 'event-loop', 't0'),
      lane('w', 'worker'),
    ]);
    expect(['loop', 't0', 'p0', 'w', 'unknown', 'loop'].map(top)).toEqual([
      'p0',
      'p0',
      'p0',
      'w',
      'unknown',
      'p0',
    ]);
  });

  it('terminates on a parent cycle', () => {
    const top = topLevelLaneOf([lane('a', 'thread', 'b'), lane('b', 'thread', 'a')]);
    expect(['a', 'b']).toContain(top('a'));
  });
});

describe('processLaneOf', () => {
  it('finds the nearest process or worker, so pool processes under main count on their own', () => {
    const processOf = processLaneOf([
      lane('main', 'process'),
      lane('main/loop', 'event-loop', 'main'),
      lane('worker-1', 'process', 'main'),
      lane('worker-1/loop', 'event-loop', 'worker-1'),
      lane('w', 'worker'),
      lane('lonely', 'thread'),
    ]);
    expect(['main/loop', 'worker-1/loop', 'worker-1', 'main', 'w', 'lonely'].map(processOf)).toEqual([
      'main',
      'worker-1',
      'worker-1',
      'main',
      'w',
      'lonely',
    ]);
  });
});
