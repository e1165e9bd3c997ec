import type { Clock } from './clock';
import { Fifo } from './fifo';
import type { Actor } from './handler';
import type { Recorder } from './recorder';

/** A Python process: its own interpreter and GIL. */
export interface SimProcess {
  readonly lane: string;
  gilHolder: SimThread | null;
  readonly gilQueue: Fifo<SimThread>;
}

/**
 * An OS thread of a process (an event loop runs on one). Tasks on it are drawn on `lane`. The fields after
 * `proc` are its current CPU burst, kept on the thread itself (a thread burns one burst at a time), so a burst
 * allocates nothing: `done.act(doneCode, doneArg)` runs when `remaining` reaches 0.
 */
export interface SimThread {
  readonly lane: string;
  readonly proc: SimProcess;
  /** Its index in the Cpu's table (-1 until the Cpu first runs it): slice-end events carry it. */
  index: number;
  remaining: number;
  task: number;
  done: Actor;
  doneCode: number;
  doneArg: number;
  sliceStart: number;
  sliceEnd: number;
  /** Bumped whenever a new slice end is scheduled: an event carrying an older token is stale. */
  token: number;
}

export function createProcess(lane: string): SimProcess {
  return { lane, gilHolder: null, gilQueue: new Fifo() };
}

export function createThread(lane: string, proc: SimProcess): SimThread {
  return {
    lane,
    proc,
    index: -1,
    remaining: 0,
    task: -1,
    done: IDLE,
    doneCode: 0,
    doneArg: 0,
    sliceStart: 0,
    sliceEnd: 0,
    token: 0,
  };
}

const IDLE: Actor = { act: () => {} };
/** The Cpu's one continuation: a slice ends. */
const SLICE_ENDED = 0;

/** A slice-end event's argument: the thread's index in the low bits, its token above (exact below 2^53). */
const THREADS = 2 ** 21;

/**
 * CPU time: a thread needs its process's GIL and one of `cores` cores shared by all processes. A holder is
 * asked to drop the GIL after `switchMs` when another thread of its process waits (CPython's switch
 * interval), and to yield its core after `switchMs` when threads of other processes wait for one.
 */
export class Cpu implements Actor {
  private readonly coreQueue = new Fifo<SimThread>();
  /** Threads on a core, in the order they got it (preemption events are scheduled in this order). */
  private readonly running: SimThread[] = [];
  private readonly threads: SimThread[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly cores: number,
    private readonly switchMs = 5,
  ) {}

  /**
   * Burn `ms` of CPU on `thread` for `task` (-1: work not drawn as a task, e.g. process start-up); then
   * `done.act(code, doneArg)`, at once when `ms` ≤ 0.
   */
  run(thread: SimThread, ms: number, task: number, done: Actor, code: number, doneArg = 0): void {
    if (ms <= 0) return done.act(code, doneArg);
    if (thread.index < 0) this.register(thread);
    thread.remaining = ms;
    thread.task = task;
    thread.done = done;
    thread.doneCode = code;
    thread.doneArg = doneArg;
    const proc = thread.proc;
    if (proc.gilHolder === null) {
      proc.gilHolder = thread;
      // A free GIL and a free core: the burst starts now, ready for no time (a segment that would vanish).
      if (this.running.length < this.cores) return this.startSlice(thread);
      this.mark(thread, 'ready');
      this.enqueueCore(thread);
    } else {
      this.mark(thread, 'ready');
      proc.gilQueue.push(thread);
      const holder = proc.gilHolder;
      if (this.running.includes(holder)) this.preemptBy(holder, this.clock.now + this.switchMs);
    }
  }

  /** Numbers a thread the first time it runs (a call, not inline: see `Coroutines.addPair`). */
  private register(thread: SimThread): void {
    if (this.threads.length >= THREADS) throw new RangeError(`more than ${THREADS} threads`);
    thread.index = this.threads.length;
    this.threads.push(thread);
  }

  private enqueueCore(thread: SimThread): void {
    const running = this.running;
    if (running.length < this.cores) return this.startSlice(thread);
    this.coreQueue.push(thread);
    const at = this.clock.now + this.switchMs;
    for (let i = 0; i < running.length; i++) this.preemptBy(running[i], at);
  }

  private startSlice(thread: SimThread): void {
    const now = this.clock.now;
    this.running.push(thread);
    thread.sliceStart = now;
    this.mark(thread, 'running');
    const contended = thread.proc.gilQueue.length > 0 || this.coreQueue.length > 0;
    this.endAt(thread, now + (contended ? Math.min(thread.remaining, this.switchMs) : thread.remaining));
  }

  private preemptBy(thread: SimThread, time: number): void {
    if (thread.sliceEnd > time) this.endAt(thread, time);
  }

  private endAt(thread: SimThread, time: number): void {
    const token = ++thread.token;
    thread.sliceEnd = time;
    this.clock.at(time, this, SLICE_ENDED, token * THREADS + thread.index);
  }

  act(_code: number, event: number): void {
    this.sliceEnded(event);
  }

  /** A slice-end event: ends the thread's slice unless a later one replaced it (its token moved on). */
  private sliceEnded(event: number): void {
    // Not `event % THREADS`: past 2^31 that is a floating-point remainder, far slower than a division.
    const token = Math.floor(event / THREADS);
    const thread = this.threads[event - token * THREADS];
    if (thread.token === token) this.endSlice(thread);
  }

  private endSlice(thread: SimThread): void {
    const proc = thread.proc;
    thread.remaining -= this.clock.now - thread.sliceStart;
    // Off the core, keeping the others in order (splice would allocate the removed element's array).
    const running = this.running;
    const last = running.length - 1;
    for (let i = running.indexOf(thread); i < last; i++) running[i] = running[i + 1];
    running.pop();
    if (thread.remaining <= 1e-9) {
      const { done, doneCode, doneArg } = thread;
      thread.done = IDLE;
      // The freed core goes to threads already waiting for one before the GIL's next holder joins them.
      this.freeCore();
      this.releaseGil(proc);
      return done.act(doneCode, doneArg);
    }
    if (proc.gilQueue.length > 0) {
      this.mark(thread, 'ready');
      proc.gilQueue.push(thread);
      this.freeCore();
      this.releaseGil(proc);
    } else if (this.coreQueue.length > 0) {
      this.mark(thread, 'ready');
      this.coreQueue.push(thread);
      this.freeCore();
    } else {
      this.startSlice(thread);
    }
  }

  private releaseGil(proc: SimProcess): void {
    const next = proc.gilQueue.shift();
    proc.gilHolder = next ?? null;
    if (next) this.enqueueCore(next);
  }

  private freeCore(): void {
    while (this.running.length < this.cores && this.coreQueue.length > 0) {
      this.startSlice(this.coreQueue.shift() as SimThread);
    }
  }

  private mark(thread: SimThread, state: 'ready' | 'running'): void {
    const task = thread.task;
    if (task >= 0) this.recorder.state(task, state, thread.lane, this.clock.now);
  }
}
