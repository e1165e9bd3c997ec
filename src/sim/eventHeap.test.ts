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

  it('takes events pushed in order (its run) and out of order (its heap) earliest first, as a clock pushes them', () => {
    // A clock pushes at its current time or later: constant delays come in order, jittered ones do not.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.boolean(), fc.boolean()), { maxLength: 2500 }),
        (ops) => {
          const heap = new EventHeap();
          const pending: { t: number; seq: number }[] = [];
          let now = 0;
          let seq = 0;
          for (const [delay, jittered, pop] of ops) {
            const t = now + (jittered ? delay : 10);
            heap.push(t, seq, noop, 0, seq);
            pending.push({ t, seq: seq++ });
            if (pop && heap.length > 0) {
              pending.sort((a, b) => a.t - b.t || a.seq - b.seq);
              const next = pending.shift() as { t: number; seq: number };
              expect([heap.topTime, heap.topSeq, heap.topArg]).toEqual([next.t, next.seq, next.seq]);
              now = heap.topTime;
              heap.pop();
            }
          }
          pending.sort((a, b) => a.t - b.t || a.seq - b.seq);
          expect(drain(heap)).toEqual(pending.map((e) => e.seq));
        },
      ),
      { numRuns: 200 },
    );
  });
});
