import type { Clock } from './clock';
import { Fifo } from './fifo';
import type { Recorder } from './recorder';

/** A Python process: its own interpreter and GIL. */
export interface SimProcess {
  readonly lane: string;
  gilHolder: SimThread | null;
  readonly gilQueue: Fifo<SimThread>;
}

interface CpuBurst {
  remaining: number;
  readonly task: number;
  readonly done: () => void;
  sliceStart: number;
  sliceEnd: number;
  token: number;
}

/** An OS thread of a process (an event loop runs on one). Tasks on it are drawn on `lane`. */
export interface SimThread {
  readonly lane: string;
  readonly proc: SimProcess;
  burst: CpuBurst | null;
}

export function createProcess(lane: string): SimProcess {
  return { lane, gilHolder: null, gilQueue: new Fifo() };
}

export function createThread(lane: string, proc: SimProcess): SimThread {
  return { lane, proc, burst: null };
}

/**
 * CPU time: a thread needs its process's GIL and one of `cores` cores shared by all processes. A holder is
 * asked to drop the GIL after `switchMs` when another thread of its process waits (CPython's switch
 * interval), and to yield its core after `switchMs` when threads of other processes wait for one.
 */
export class Cpu {
  private readonly coreQueue = new Fifo<SimThread>();
  private readonly running = new Set<SimThread>();

  constructor(
    private readonly clock: Clock,
    private readonly recorder: Recorder,
    private readonly cores: number,
    private readonly switchMs = 5,
  ) {}

  /** Burn `ms` of CPU on `thread` for `task` (-1: work not drawn as a task, e.g. process start-up). */
  run(thread: SimThread, ms: number, task: number, done: () => void): void {
    if (ms <= 0) return done();
    thread.burst = { remaining: ms, task, done, sliceStart: 0, sliceEnd: 0, token: 0 };
    this.mark(thread, 'ready');
    const proc = thread.proc;
    if (proc.gilHolder === null) {
      proc.gilHolder = thread;
      this.enqueueCore(thread);
    } else {
      proc.gilQueue.push(thread);
      const holder = proc.gilHolder;
      if (this.running.has(holder)) this.preemptBy(holder, this.clock.now + this.switchMs);
    }
  }

  private enqueueCore(thread: SimThread): void {
    if (this.running.size < this.cores) return this.startSlice(thread);
    this.coreQueue.push(thread);
    for (const other of this.running) this.preemptBy(other, this.clock.now + this.switchMs);
  }

  private startSlice(thread: SimThread): void {
    const burst = thread.burst as CpuBurst;
    this.running.add(thread);
    burst.sliceStart = this.clock.now;
    this.mark(thread, 'running');
    const contended = thread.proc.gilQueue.length > 0 || this.coreQueue.length > 0;
    this.endAt(
      thread,
      this.clock.now + (contended ? Math.min(burst.remaining, this.switchMs) : burst.remaining),
    );
  }

  private preemptBy(thread: SimThread, time: number): void {
    if ((thread.burst as CpuBurst).sliceEnd > time) this.endAt(thread, time);
  }

  private endAt(thread: SimThread, time: number): void {
    const burst = thread.burst as CpuBurst;
    const token = ++burst.token;
    burst.sliceEnd = time;
    this.clock.at(time, () => {
      if (burst.token === token) this.endSlice(thread);
    });
  }

  private endSlice(thread: SimThread): void {
    const burst = thread.burst as CpuBurst;
    const proc = thread.proc;
    burst.remaining -= this.clock.now - burst.sliceStart;
    this.running.delete(thread);
    if (burst.remaining <= 1e-9) {
      thread.burst = null;
      // The freed core goes to threads already waiting for one before the GIL's next holder joins them.
      this.freeCore();
      this.releaseGil(proc);
      return burst.done();
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
    while (this.running.size < this.cores && this.coreQueue.length > 0) {
      this.startSlice(this.coreQueue.shift() as SimThread);
    }
  }

  private mark(thread: SimThread, state: 'ready' | 'running'): void {
    const task = (thread.burst as CpuBurst).task;
    if (task >= 0) this.recorder.state(task, state, thread.lane, this.clock.now);
  }
}
