import { CallQueue } from './callQueue';
import { Fifo } from './fifo';
import type { SimThread } from './cpu';
import type { Actor } from './handler';
import { ACQUIRE, CPU, EXECUTOR, RELEASE, REQUEST } from './coroutines';
import type { Executor, Step } from './program';
import type { Semaphore } from './semaphore';
import type { World } from './world';

/** What a ready-queue entry is: a task's coroutine (first run or resumed), or a done-callback. */
const FRESH = 0;
const RESUMED = 1;
const CALLBACK = 2;

/** The loop's continuations (`act`'s codes), each called with a task's index (or a callback's handle). */
const RESUME = 0;
const ADVANCE = 1;
const CONNECTED = 2;
const SEND = 3;
const SENT = 4;
const ANSWERED = 5;
const READ = 6;
const BODY_READ = 7;
const BLOCKING_SENT = 8;
const BLOCKING_ANSWERED = 9;
const ACQUIRED = 10;
const WOKEN = 11;
const RUN_CALLBACK = 12;
const CALLBACK_RETURNED = 13;
type Continuation = typeof RESUME | typeof ADVANCE | typeof SEND | typeof READ | typeof RUN_CALLBACK;

/**
 * A single-threaded asyncio event loop. It runs one coroutine at a time until that coroutine awaits;
 * CPU work (or a blocking call) on the loop holds it, and every other runnable task waits `ready`.
 *
 * An idle loop sits in select(): what wakes it (answers, timers, a thread's result) is all queued before the
 * loop runs any of it, as CPython's `_run_once` handles every event one select() returns before it runs the
 * ready handles. So a connection handed on by the first task to resume waits behind every task whose answer
 * came in at the same instant (Python appends the woken waiter to the ready queue: FIFO).
 *
 * Every continuation is one of the methods below, named by a code (`act`) and called with the task's index;
 * where a task is in its program lives in `world.coroutines`. Running a task allocates nothing.
 */
export class EventLoop implements Actor {
  private readonly readyQueue = new CallQueue();
  /** The CPU of each done-callback in the ready queue, in its order. */
  private readonly callbackCpuMs = new Fifo<number>();
  private busy = false;
  private kicking = false;
  private waking = false;

  constructor(
    private readonly world: World,
    readonly thread: SimThread,
  ) {
    world.components.push(this);
  }

  get lane(): string {
    return this.thread.lane;
  }

  /** Wraps a coroutine in a task (asyncio.create_task); `onDone(task)` runs when it finishes. */
  spawn(task: number, steps: readonly Step[], onDone?: (task: number) => void): void {
    this.world.coroutines.start(task, steps, onDone);
    this.schedule(task, FRESH, RESUME);
  }

  /** Wakes a task that awaited something outside this loop (e.g. asyncio.wait) to run `steps`. */
  wake(task: number, steps: readonly Step[], onDone?: (task: number) => void): void {
    this.world.coroutines.start(task, steps, onDone);
    this.schedule(task, RESUMED, RESUME);
  }

  /** Runs continuation `code` for `arg` (a task's index, or a callback's handle). */
  act(code: number, arg: number): void {
    switch (code) {
      case RESUME:
        return this.step(arg, this.world.coroutines.pc(arg));
      case ADVANCE:
        return this.advance(arg);
      case CONNECTED:
        return this.schedule(arg, RESUMED, SEND);
      case SEND:
        return this.world.cpu.run(this.thread, this.world.requestCpuHalfMs, arg, this, SENT, arg);
      case SENT:
        return this.sent(arg);
      case ANSWERED:
        return this.answered(arg);
      case READ:
        return this.world.cpu.run(this.thread, this.world.requestCpuHalfMs, arg, this, BODY_READ, arg);
      case BODY_READ:
        return this.bodyRead(arg);
      case BLOCKING_SENT:
        return this.blockingSent(arg);
      case BLOCKING_ANSWERED:
        return this.blockingAnswered(arg);
      case ACQUIRED:
        return this.schedule(arg, RESUMED, ADVANCE);
      case WOKEN:
        this.waking = false;
        return this.kick();
      case RUN_CALLBACK:
        return this.runCallback(arg);
      case CALLBACK_RETURNED:
        return this.callbackReturned(arg);
    }
  }

  /**
   * A done-callback of `task` that burns `cpuMs` on the loop. CPython's Future.__schedule_callbacks hands each
   * callback to loop.call_soon when the task finishes: it joins the ready queue behind every handle already
   * there and, once run, holds the loop's thread until it returns (recorded as a `callback` from start to end).
   */
  callSoon(task: number, cpuMs: number): void {
    // The ready queue is first in, first out: the callback run next is the one queued first, with its CPU.
    this.callbackCpuMs.push(cpuMs);
    this.readyQueue.push(this, RUN_CALLBACK, task, CALLBACK);
    this.wakeUp();
  }

  private runCallback(task: number): void {
    const handle = this.world.recorder.callbackStarted(this.world.now, this.lane, task);
    const cpuMs = this.callbackCpuMs.shift() as number;
    this.world.cpu.run(this.thread, cpuMs, -1, this, CALLBACK_RETURNED, handle);
  }

  private callbackReturned(handle: number): void {
    this.world.recorder.callbackEnded(handle, this.world.now);
    this.release();
  }

  private schedule(task: number, kind: typeof FRESH | typeof RESUMED, run: Continuation): void {
    this.world.recorder.state(task, 'ready', this.lane, this.world.now);
    this.readyQueue.push(this, run, task, kind);
    this.wakeUp();
  }

  /**
   * Something became ready. A loop that is running a task gets to it when that task awaits; an idle loop
   * (in select) runs it after every other event of this instant has queued its work.
   */
  private wakeUp(): void {
    if (this.busy || this.kicking || this.waking) return;
    this.waking = true;
    this.world.clock.after(0, this, WOKEN);
  }

  private kick(): void {
    if (this.kicking) return;
    this.kicking = true;
    const ready = this.readyQueue;
    while (!this.busy && ready.take()) {
      const { code, arg: task, tag } = ready;
      this.busy = true;
      if (tag !== CALLBACK) {
        const { recorder, now } = this.world;
        recorder.state(task, 'running', this.lane, now);
        if (tag === RESUMED) recorder.event('resume', now, this.lane, task);
      }
      this.act(code, task);
    }
    this.kicking = false;
  }

  /** The running coroutine awaited or finished: the loop picks the next ready one. */
  private release(): void {
    this.busy = false;
    this.kick();
  }

  private suspend(task: number, state: 'suspended' | 'queued'): void {
    this.markSuspended(task, state);
    this.release();
  }

  private markSuspended(task: number, state: 'suspended' | 'queued'): void {
    const { recorder, now } = this.world;
    recorder.state(task, state, this.lane, now);
    recorder.event('suspend', now, this.lane, task);
  }

  /** The step the task was at is over: on to the next. */
  private advance(task: number): void {
    this.step(task, this.world.coroutines.pc(task) + 1);
  }

  /** Runs the coroutine from op `i` (coroutines.ts) until it awaits (returns) or finishes; instant steps run inline. */
  private step(task: number, i: number): void {
    const { world } = this;
    const coroutines = world.coroutines;
    const end = coroutines.end(task);
    for (; i < end; i++) {
      const s = coroutines.op(i);
      switch (s.kind) {
        case CPU:
          if (s.ms <= 0) continue;
          coroutines.setPc(task, i);
          return world.cpu.run(this.thread, s.ms, task, this, ADVANCE, task);
        case REQUEST: {
          coroutines.setPc(task, i);
          // requests.get inside a coroutine: it builds and sends the request, then waits for the answer and
          // reads it, all on the loop's thread.
          if (s.blocking)
            return world.cpu.run(this.thread, world.requestCpuHalfMs, task, this, BLOCKING_SENT, task);
          // aiohttp: the task builds and writes its request on the loop (CPU), then suspends (`sent`).
          const connector = s.semaphore;
          if (connector === null || connector.tryAcquire()) return this.act(SEND, task);
          // A task waiting for a connection is woken with call_soon, behind every task already ready
          // (aiohttp's BaseConnector._release_waiter sets the waiter's future).
          connector.enqueue(this, CONNECTED, task);
          return this.suspend(task, 'queued');
        }
        case ACQUIRE: {
          const semaphore = s.semaphore as Semaphore;
          if (semaphore.tryAcquire()) continue;
          coroutines.setPc(task, i);
          semaphore.enqueue(this, ACQUIRED, task);
          return this.suspend(task, 'queued');
        }
        case RELEASE:
          (s.semaphore as Semaphore).release();
          continue;
        case EXECUTOR: {
          coroutines.setPc(task, i);
          // Mark the wait before submitting: an idle pool thread takes the job at once and marks it blocked.
          this.markSuspended(task, 'queued');
          (s.executor as Executor).submit({ task, steps: s.steps, finish: false, onDone: this.executed });
          return this.release();
        }
      }
    }
    world.recorder.finish(task, 'done', world.now);
    coroutines.onDoneOf(task)?.(task);
    this.release();
  }

  // aiohttp's request, step by step (the task's pc stays on the request step until its connection is released).

  // (connected: the connection is the task's, it is ready to send; send: it builds and writes the request.)

  private sent(task: number): void {
    const { world } = this;
    world.recorder.event('request-sent', world.now, this.lane, task);
    world.clock.after(world.requestMs(), this, ANSWERED, task);
    this.suspend(task, 'suspended');
  }

  /** The answer is in: the task is ready; resumed, it reads the body (CPU: `READ`) and leaves `async with`. */
  private answered(task: number): void {
    this.world.recorder.event('response-received', this.world.now, this.lane, task);
    this.schedule(task, RESUMED, READ);
  }

  /** Only now is the connection released. */
  private bodyRead(task: number): void {
    const coroutines = this.world.coroutines;
    const s = coroutines.op(coroutines.pc(task));
    if (s.kind === REQUEST) s.semaphore?.release();
    this.advance(task);
  }

  // requests.get on the loop's thread: it holds the loop while it waits.

  private blockingSent(task: number): void {
    const { world } = this;
    world.recorder.state(task, 'blocked', this.lane, world.now);
    world.recorder.event('request-sent', world.now, this.lane, task);
    world.clock.after(world.requestMs(), this, BLOCKING_ANSWERED, task);
  }

  private blockingAnswered(task: number): void {
    const { world } = this;
    world.recorder.event('response-received', world.now, this.lane, task);
    world.recorder.state(task, 'running', this.lane, world.now);
    world.cpu.run(this.thread, world.requestCpuHalfMs, task, this, ADVANCE, task);
  }

  /** A job run in an executor finished: its task is ready to go on (a pool thread calls it, as `Job.onDone`). */
  private readonly executed = (task: number): void => this.schedule(task, RESUMED, ADVANCE);
}
