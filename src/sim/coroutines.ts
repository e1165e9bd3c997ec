import { grown } from './flatList';
import type { Step } from './program';

type OnDone = ((task: number) => void) | undefined;

/**
 * Every coroutine's place in its program, by task index, in typed arrays shared by all loops of a run: the step
 * it is at, and which (program, done-callback) pair it runs. Tasks of a run share their program and callback, so
 * the pairs are kept once each. A task's continuation is then just its index: a suspended task holds no closure.
 */
export class Coroutines {
  private pcs = new Int32Array(256);
  private kinds = new Int32Array(256);
  private readonly programs: (readonly Step[])[] = [];
  private readonly onDone: OnDone[] = [];

  /** Task `task` starts `steps` from its first step; `onDone(task)` runs when it finishes. */
  start(task: number, steps: readonly Step[], onDone: OnDone): void {
    if (task >= this.pcs.length) {
      const size = Math.max(2 * this.pcs.length, task + 1);
      this.pcs = grown(this.pcs, size);
      this.kinds = grown(this.kinds, size);
    }
    const last = this.programs.length - 1;
    let kind = last;
    if (last < 0 || this.programs[last] !== steps || this.onDone[last] !== onDone) {
      kind = this.programs.length;
      this.programs.push(steps);
      this.onDone.push(onDone);
    }
    this.pcs[task] = 0;
    this.kinds[task] = kind;
  }

  steps(task: number): readonly Step[] {
    return this.programs[this.kinds[task]];
  }

  /** The step the task is at (the one it awaits while suspended). */
  pc(task: number): number {
    return this.pcs[task];
  }

  setPc(task: number, pc: number): void {
    this.pcs[task] = pc;
  }

  /** The finished task's done-callback. */
  onDoneOf(task: number): OnDone {
    return this.onDone[this.kinds[task]];
  }
}
