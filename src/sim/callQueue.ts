import type { Actor } from './handler';

/**
 * A first-in first-out queue of (actor, code, arg, tag) calls in a ring buffer: a loop's ready queue (the tag
 * says what an entry is), a semaphore's waiters, the clock's events of the current instant (the tag is their
 * order). Pushing and taking allocate nothing (the buffer doubles when full). `take()` moves the oldest call into
 * `actor`, `code`, `arg` and `tag`, read right after it.
 *
 * A queue sees a handful of actors (a loop, a CPU), each many times: an entry holds its actor's number, so the
 * ring is typed arrays only. A ring of pointers was slow to grow to 100k entries (every copied
 * pointer passes the garbage collector's write barrier, in code that runs too seldom to be optimised).
 */
export class CallQueue {
  /** Every actor pushed so far, by number. */
  private readonly known: Actor[] = [];
  /** Numbers of actors past the first few, which are found by a scan. */
  private readonly numbers = new Map<Actor, number>();
  /** An entry's actor's number and its continuation code, `number * CODES + code`. */
  private codes = new Int32Array(64);
  private args = new Float64Array(64);
  private tags = new Float64Array(64);
  private head = 0;
  private count = 0;
  /** The call `take()` took last. */
  actor: Actor = NOBODY;
  code = 0;
  arg = 0;
  tag = 0;

  get length(): number {
    return this.count;
  }

  /** The oldest call's tag, without taking it; only when `length > 0`. */
  get nextTag(): number {
    return this.tags[this.head];
  }

  push(actor: Actor, code: number, arg: number, tag = 0): void {
    if (this.count === this.args.length) this.grow();
    const at = (this.head + this.count) & (this.args.length - 1);
    this.codes[at] = this.numberOf(actor) * CODES + code;
    this.args[at] = arg;
    this.tags[at] = tag;
    this.count++;
  }

  /** Takes the oldest call into `actor`, `code`, `arg`, `tag`; false (and nothing taken) when empty. */
  take(): boolean {
    if (this.count === 0) return false;
    const at = this.head;
    const entry = this.codes[at];
    const n = (entry / CODES) | 0;
    this.actor = this.known[n];
    this.code = entry - n * CODES;
    this.arg = this.args[at];
    this.tag = this.tags[at];
    this.head = (at + 1) & (this.args.length - 1);
    this.count--;
    return true;
  }

  private numberOf(actor: Actor): number {
    const known = this.known;
    const scanned = Math.min(known.length, SCANNED);
    for (let i = 0; i < scanned; i++) if (known[i] === actor) return i;
    return this.numberBeyond(actor);
  }

  /** An actor past the first few, or new (a call, not inline: see `Coroutines.addPair`). */
  private numberBeyond(actor: Actor): number {
    const known = this.known;
    let n = this.numbers.get(actor);
    if (n === undefined) {
      n = known.length;
      known.push(actor);
      if (n >= SCANNED) this.numbers.set(actor, n);
    }
    return n;
  }

  /** Doubles the buffer, unrolling the ring so the oldest call sits at 0. */
  private grow(): void {
    const head = this.head;
    this.codes = unrolled(this.codes, head);
    this.args = unrolled(this.args, head);
    this.tags = unrolled(this.tags, head);
    this.head = 0;
  }
}

/** How many actors a push compares by identity before it asks the map. */
const SCANNED = 8;
/** Continuation codes an actor may use: 0 … CODES - 1. */
const CODES = 64;

/** A full ring's column at twice its size, its oldest entry (at `head`) moved to 0. */
function unrolled<C extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(column: C, head: number): C {
  const to = new (column.constructor as new (size: number) => C)(2 * column.length);
  to.set(column.subarray(head));
  to.set(column.subarray(0, head), column.length - head);
  return to;
}

const NOBODY: Actor = { act: () => {} };
