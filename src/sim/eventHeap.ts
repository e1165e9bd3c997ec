import { grownAll } from './flatList';
import type { Actor } from './handler';

/**
 * The clock's pending events, (time, seq, actor, code, arg), taken earliest first: by time, then by seq, so events
 * of one instant come out in the order they were pushed. An event's fields stay in its slot (typed-array columns, a
 * freed slot is reused); what is ordered is slot numbers, in two places:
 *
 * - a run: events pushed in order, each no earlier than the one pushed into the run before it, in a ring. Most
 *   events are pushed so: every answer of a constant latency comes after the one sent before it, so a run of
 *   100,000 requests keeps its ~100 answers in flight here, each in and out at O(1);
 * - a binary min-heap for the rest (a CPU slice's end, jittered answers), so it stays small.
 *
 * The earliest event is the earlier of the heap's top and the run's first. flatqueue (used here before) orders by one
 * number and leaves ties unordered, which needed a sort per instant.
 */
export class EventHeap {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private args = new Float64Array(1024);
  private actors: (Actor | undefined)[] = new Array<Actor | undefined>(1024).fill(undefined);
  private codes = new Int32Array(1024);
  /** Slot numbers in heap order. */
  private heap = new Int32Array(1024);
  private heapLength = 0;
  /** Slot numbers of the run, in order: a ring from `runHead`. */
  private run = new Int32Array(1024);
  private runHead = 0;
  private runLength = 0;
  /** The slot of the run's last event: a push no earlier than it joins the run. */
  private runLast = 0;
  /** Slots given back by `pop`, reused first. */
  private free = new Int32Array(1024);
  private freeCount = 0;
  /** Slots ever used. */
  private slots = 0;
  /** The earliest event's slot; only when `length > 0`. */
  private top = 0;
  length = 0;

  /** The earliest event's time; only when `length > 0`. */
  get topTime(): number {
    return this.times[this.top];
  }
  /** The earliest event's seq (its place among events of one instant); only when `length > 0`. */
  get topSeq(): number {
    return this.seqs[this.top];
  }
  /** The earliest event's actor and its continuation; only when `length > 0`. */
  get topActor(): Actor {
    return this.actors[this.top] as Actor;
  }
  get topCode(): number {
    return this.codes[this.top];
  }
  /** The earliest event's argument; only when `length > 0`. */
  get topArg(): number {
    return this.args[this.top];
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
    if (this.runLength === 0 || !this.before(time, seq, this.runLast)) {
      // No earlier than the run's last: it joins the run, in order.
      const run = this.run;
      run[(this.runHead + this.runLength++) & (run.length - 1)] = slot;
      this.runLast = slot;
    } else this.siftUp(slot, time, seq);
    // The new event is the earliest if it comes before the one that was.
    if (this.length++ === 0 || this.before(time, seq, this.top)) this.top = slot;
  }

  /** Whether an event at `time` with `seq` comes before the event in `slot`: earlier, or as early and pushed before. */
  private before(time: number, seq: number, slot: number): boolean {
    const t = this.times[slot];
    return time < t || (time === t && seq < this.seqs[slot]);
  }

  private siftUp(slot: number, time: number, seq: number): void {
    const { heap, times, seqs } = this;
    let pos = this.heapLength++;
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
    const top = this.top;
    this.actors[top] = undefined;
    this.free[this.freeCount++] = top;
    const run = this.run;
    if (this.runLength > 0 && run[this.runHead] === top) {
      this.runHead = (this.runHead + 1) & (run.length - 1);
      this.runLength--;
    } else this.popHeap();
    if (--this.length === 0) return;
    // The earlier of the heap's top and the run's first.
    if (this.heapLength === 0) this.top = run[this.runHead];
    else {
      const heapTop = this.heap[0];
      const runFirst = run[this.runHead];
      const heapFirst =
        this.runLength === 0 || this.before(this.times[heapTop], this.seqs[heapTop], runFirst);
      this.top = heapFirst ? heapTop : runFirst;
    }
  }

  /** Removes the heap's top. */
  private popHeap(): void {
    const { heap, times, seqs } = this;
    const last = --this.heapLength;
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
    [this.times, this.seqs, this.args, this.codes, this.heap, this.free] = grownAll(
      [this.times, this.seqs, this.args, this.codes, this.heap, this.free],
      size,
    );
    // The run's ring, unrolled: its first event at 0.
    const run = new Int32Array(size);
    for (let i = 0; i < this.runLength; i++) run[i] = this.run[(this.runHead + i) & (this.run.length - 1)];
    this.run = run;
    this.runHead = 0;
    const actors = this.actors.slice();
    actors.length = size;
    this.actors = actors;
  }
}
