/**
 * What the simulator runs later: an `Actor` (a loop, a CPU, a thread: a component made once per run) and the
 * number of one of its continuations, called with one integer, usually a task index. A pending event, a waiter
 * or a ready entry is then (actor, code, integer) in flat arrays, not a closure per event: a 100k-task run
 * schedules half a million events, and closures made per event were most of its garbage.
 *
 * Not a closure per component either: optimised code that calls one closure inlines it with its context (the
 * component of one run) as a constant, so every garbage collection that frees a finished run's components
 * threw the optimised simulator away (V8 deoptimises code whose embedded objects died, "weak objects"), and the
 * next run started cold: twice as slow in the bench, whose runs each start from a collected heap. Calls through
 * `act` are keyed on the components' classes, which live as long as the page.
 */
export interface Actor {
  act(code: number, arg: number): void;
}

/** An actor for one-off actions (process start-up, tests): runs `fn(arg)`, whatever the code. */
export class Call implements Actor {
  constructor(private readonly fn: (arg: number) => void) {}

  act(_code: number, arg: number): void {
    this.fn(arg);
  }
}
