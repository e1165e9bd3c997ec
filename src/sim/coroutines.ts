import { grownAll } from './flatList';
import type { Executor, Step } from './program';
import type { Semaphore } from './semaphore';

type OnDone = ((task: number) => void) | undefined;

/** What an `Op` does (its `kind`): the kinds of `Step`, as numbers. */
export const CPU = 0;
export const REQUEST = 1;
export const ACQUIRE = 2;
export const RELEASE = 3;
export const EXECUTOR = 4;

/**
 * A step as a loop runs it: every kind of step in one class, made once per program. The programs' steps are
 * object literals, a shape per kind and per way their strategy spelled them (six in all), so a loop reading
 * them saw more shapes than V8 keeps apart and looked each field up the slow way.
 */
export class Op {
  readonly kind: number;
  /** CPU work, ms (`cpu`). */
  readonly ms: number;
  /** requests.get inside a coroutine (`request`). */
  readonly blocking: boolean;
  /** The request's connector, or the semaphore acquired or released; null when none. */
  readonly semaphore: Semaphore | null;
  readonly executor: Executor | null;
  /** The steps an executor's thread runs for the task. */
  readonly steps: readonly Step[];

  constructor(step: Step) {
    let kind = CPU;
    let ms = 0;
    let blocking = false;
    let semaphore: Semaphore | null = null;
    let executor: Executor | null = null;
    let steps: readonly Step[] = NONE;
    switch (step.kind) {
      case 'cpu':
        ms = step.ms;
        break;
      case 'request':
        kind = REQUEST;
        blocking = step.blocking;
        semaphore = step.connector ?? null;
        break;
      case 'acquire':
      case 'release':
        kind = step.kind === 'acquire' ? ACQUIRE : RELEASE;
        semaphore = step.semaphore;
        break;
      case 'executor':
        kind = EXECUTOR;
        executor = step.executor;
        steps = step.steps;
        break;
      default: {
        const never: never = step;
        throw new Error(`unknown step ${String(never)}`);
      }
    }
    this.kind = kind;
    this.ms = ms;
    this.blocking = blocking;
    this.semaphore = semaphore;
    this.executor = executor;
    this.steps = steps;
  }
}
const NONE: readonly Step[] = [];

/**
 * Every coroutine's place in its program, by task index, in typed arrays shared by all loops of a run: the step
 * it is at, and which (program, done-callback) pair it runs. Tasks of a run share their program and callback, so
 * the pairs are kept once each. A task's continuation is then just its index: a suspended task holds no closure.
 *
 * Every program's steps sit in one array of `Op`s, a program from its first op on, and a task's place is the
 * number of its op in that array: the loop reads one array of one kind, not a program array per strategy (arrays
 * made by a literal, `map` or `[]` differ in their elements kind, so their reads saw several maps).
 */
export class Coroutines {
  /** The op each task is at. */
  private pcs = new Int32Array(256);
  /** The (program, done-callback) pair each task runs. */
  private pairs = new Int32Array(256);
  private readonly ops: Op[] = [];
  /** Each pair's program as given (to know it again), its first op and the op past its last. */
  private readonly sources: (readonly Step[])[] = [];
  private readonly firsts: number[] = [];
  private readonly ends: number[] = [];
  private readonly onDone: OnDone[] = [];
  /** The pair started last (-1: none yet), which the next task most likely runs too. */
  private pair = -1;
  private lastSteps: readonly Step[] = NONE;
  private lastOnDone: OnDone = undefined;

  /** Task `task` starts `steps` from its first step; `onDone(task)` runs when it finishes. */
  start(task: number, steps: readonly Step[], onDone: OnDone): void {
    if (this.pair < 0 || steps !== this.lastSteps || onDone !== this.lastOnDone) this.addPair(steps, onDone);
    if (task >= this.pcs.length) this.grow(task + 1);
    this.pcs[task] = this.firsts[this.pair];
    this.pairs[task] = this.pair;
  }

  /**
   * A new (program, done-callback) pair, once per program in most runs. Its own method, away from `start`'s
   * path taken per task: code taken once per run, compiled into that path from one run's types, sent the
   * optimised set-up loop back to the interpreter on the next run's first task (V8 does not inline a call this
   * rare).
   */
  private addPair(steps: readonly Step[], onDone: OnDone): void {
    const last = this.sources.length - 1;
    // A new done-callback with the same program (a closure per task, a loop per pool process) shares its ops.
    const same = last >= 0 && this.sources[last] === steps;
    const first = same ? this.firsts[last] : this.ops.length;
    if (!same) for (const step of steps) this.ops.push(new Op(step));
    this.pair = this.sources.length;
    this.sources.push(steps);
    this.firsts.push(first);
    this.ends.push(first + steps.length);
    this.onDone.push(onDone);
    this.lastSteps = steps;
    this.lastOnDone = onDone;
  }

  private grow(size: number): void {
    const to = Math.max(2 * this.pcs.length, size);
    [this.pcs, this.pairs] = grownAll([this.pcs, this.pairs], to);
  }

  /** Op number `pc` (a task's place). */
  op(pc: number): Op {
    return this.ops[pc];
  }

  /** The number past the task's program's last op: the task is finished when it gets there. */
  end(task: number): number {
    return this.ends[this.pairs[task]];
  }

  /** The op the task is at (the one it awaits while suspended). */
  pc(task: number): number {
    return this.pcs[task];
  }

  setPc(task: number, pc: number): void {
    this.pcs[task] = pc;
  }

  /** The finished task's done-callback. */
  onDoneOf(task: number): OnDone {
    return this.onDone[this.pairs[task]];
  }
}
