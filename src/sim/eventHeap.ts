import { grown } from './flatList';
import type { Actor } from './handler';

/**
 * A binary min-heap of (time, seq, actor, code, arg) events, ordered by time and then by seq, so events of one
 * instant come out in the order they were pushed. An event's fields stay in its slot (typed-array columns, a
 * freed slot is reused); the heap itself orders slot numbers, so a sift step moves one integer, not four fields.
 * flatqueue (used here before) orders by one number and leaves ties unordered, which needed a sort per instant.
 */
export class EventHeap {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private args = new Float64Array(1024);
  private actors: (Actor | undefined)[] = new Array<Actor | undefined>(1024).fill(undefined);
  private codes = new Int32Array(1024);
  /** Slot numbers in heap order. */
  private heap = new Int32Array(1024);
  /** Slots given back by `pop`, reused first. */
  private free = new Int32Array(1024);
  private freeCount = 0;
  /** Slots ever used. */
  private slots = 0;
  length = 0;

  /** The earliest event's time; only when `length > 0`. */
  get topTime(): number {
    return this.times[this.heap[0]];
  }
  /** The earliest event's seq (its place among events of one instant); only when `length > 0`. */
  get topSeq(): number {
    return this.seqs[this.heap[0]];
  }
  /** The earliest event's actor and its continuation; only when `length > 0`. */
  get topActor(): Actor {
    return this.actors[this.heap[0]] as Actor;
  }
  get topCode(): number {
    return this.codes[this.heap[0]];
  }
  /** The earliest event's argument; only when `length > 0`. */
  get topArg(): number {
    return this.args[this.heap[0]];
  }

  push(time: number, seq: number, actor: Actor, code: number, arg: number): void {
    let slot: number;
    if (this.freeCount > 0) slot = this.free[--this.freeCount];
    else {
      if (this.slots === this.times.length) this.grow();
      slot = this.slots++;
    }
    this.times[slot] = time;
    this.seqs[slot] = seq;
    this.args[slot] = arg;
    this.actors[slot] = actor;
    this.codes[slot] = code;
    const { heap, times, seqs } = this;
    let pos = this.length++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const above = heap[parent];
      const t = times[above];
      // `above` comes first: earlier, or as early and pushed before.
      if (t < time || (t === time && seqs[above] < seq)) break;
      heap[pos] = above;
      pos = parent;
    }
    heap[pos] = slot;
  }

  /** Removes the earliest event (read it with `top*` first). */
  pop(): void {
    const { heap, times, seqs } = this;
    const top = heap[0];
    this.actors[top] = undefined;
    this.free[this.freeCount++] = top;
    const last = --this.length;
    if (last === 0) return;
    const slot = heap[last];
    const time = times[slot];
    const seq = seqs[slot];
    const half = last >> 1;
    let pos = 0;
    // Sift down; "comes first" is inlined (earlier, or as early and pushed before): a call per level showed
    // as 10 % of a run once the JIT stopped inlining it in a process running every strategy.
    while (pos < half) {
      let child = 2 * pos + 1;
      let below = heap[child];
      let bt = times[below];
      if (child + 1 < last) {
        const right = heap[child + 1];
        const rt = times[right];
        if (rt < bt || (rt === bt && seqs[right] < seqs[below])) {
          child++;
          below = right;
          bt = rt;
        }
      }
      if (!(bt < time || (bt === time && seqs[below] < seq))) break;
      heap[pos] = below;
      pos = child;
    }
    heap[pos] = slot;
  }

  private grow(): void {
    const size = this.times.length * 2;
    this.times = grown(this.times, size);
    this.seqs = grown(this.seqs, size);
    this.args = grown(this.args, size);
    this.heap = grown(this.heap, size);
    this.free = grown(this.free, size);
    this.codes = grown(this.codes, size);
    const actors = this.actors.slice();
    actors.length = size;
    this.actors = actors;
  }
}
