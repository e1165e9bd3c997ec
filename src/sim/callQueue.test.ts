import { describe, expect, it } from 'vitest';
import { CallQueue } from './callQueue';
import { Call } from './handler';

describe('CallQueue', () => {
  it('takes calls first in, first out, across its ring wrapping and growing', () => {
    const queue = new CallQueue();
    const seen: number[] = [];
    const record = new Call((x: number) => seen.push(x));
    let next = 0;
    let expected = 0;
    // Push 3, take 2, so the ring wraps many times while it grows from 64 to thousands of calls.
    for (let round = 0; round < 2000; round++) {
      for (let k = 0; k < 3; k++) queue.push(record, 5, next++, k);
      for (let k = 0; k < 2; k++) {
        expect(queue.take()).toBe(true);
        expect(queue.arg).toBe(expected++);
        expect(queue.code).toBe(5);
        queue.actor.act(queue.code, queue.arg);
      }
    }
    expect(queue.length).toBe(2000);
    while (queue.take()) expect(queue.arg).toBe(expected++);
    expect(expected).toBe(6000);
    expect(seen).toEqual(Array.from({ length: 4000 }, (_, i) => i));
    expect(queue.take()).toBe(false);
  });

  it('keeps each call’s tag', () => {
    const queue = new CallQueue();
    const nobody = new Call(() => {});
    queue.push(nobody, 0, 1, 2);
    queue.push(nobody, 63, 3, 0);
    queue.take();
    expect([queue.code, queue.arg, queue.tag]).toEqual([0, 1, 2]);
    queue.take();
    expect([queue.code, queue.arg, queue.tag]).toEqual([63, 3, 0]);
  });
});
