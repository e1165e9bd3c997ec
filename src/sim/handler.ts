/**
 * What the simulator runs later: a function made once per component (a loop's "answer came in", a CPU's "slice
 * ended") and called with one integer, usually a task index. A pending event, a waiter or a ready entry is then a
 * (handler, integer) pair in flat arrays, not a closure per event: a 100k-task run schedules half a million
 * events, and closures made per event were most of its garbage. A plain `() => void` is a handler that ignores
 * its argument, so one-off actions (process start-up, tests) still pass closures.
 */
export type Handler = (arg: number) => void;
