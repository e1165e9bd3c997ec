import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap } from './eventHeap';
import { Call } from './handler';

const noop = new Call(() => {});

/** Pops everything: the args in the order they came out. */
function drain(heap: EventHeap): number[] {
  const out: number[] = [];
  while (heap.length > 0) {
    out.push(heap.topArg);
    heap.pop();
  }
  return out;
}

describe('EventHeap', () => {
  it('pops by time, and events of one instant in the order they were pushed (a stable sort)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 3000 }), (times) => {
        const heap = new EventHeap();
        times.forEach((t, i) => heap.push(t, i, noop, 0, i));
        const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t);
        expect(drain(heap)).toEqual(expected.map((e) => e.i));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps its order while pushes and pops interleave past its first capacity', () => {
    const heap = new EventHeap();
    let seq = 0;
    const popped: number[] = [];
    for (let round = 0; round < 3000; round++) {
      heap.push(round % 7, seq++, noop, 0, round);
      if (round % 3 === 0) {
        popped.push(heap.topTime);
        heap.pop();
      }
    }
    const rest: number[] = [];
    while (heap.length > 0) {
      rest.push(heap.topTime);
      heap.pop();
    }
    expect(rest).toEqual(rest.slice().sort((a, b) => a - b));
    expect(popped.length + rest.length).toBe(3000);
  });

  it('hands back each event’s own actor and code', () => {
    const heap = new EventHeap();
    const calls: string[] = [];
    heap.push(2, 0, new Call((x) => calls.push(`b${x}`)), 3, 7);
    heap.push(1, 1, new Call((x) => calls.push(`a${x}`)), 4, 5);
    while (heap.length > 0) {
      const [actor, code, arg] = [heap.topActor, heap.topCode, heap.topArg];
      calls.push(`code ${code}`);
      heap.pop();
      actor.act(code, arg);
    }
    expect(calls).toEqual(['code 4', 'a5', 'code 3', 'b7']);
  });
});
