import type { SimThread } from './cpu';
import { Fifo } from './fifo';
import type { Step } from './program';
import type { World } from './world';

interface Runnable {
  readonly task: number;
  readonly resumed: boolean;
  readonly run: () => void;
}

/**
 * A single-threaded asyncio event loop. It runs one coroutine at a time until that coroutine awaits;
 * CPU work (or a blocking call) on the loop holds it, and every other runnable task waits `ready`.
 *
 * An idle loop sits in select(): what wakes it (answers, timers, a thread's result) is all queued before the
 * loop runs any of it, as CPython's `_run_once` handles every event one select() returns before it runs the
 * ready handles. So a connection handed on by the first task to resume waits behind every task whose answer
 * came in at the same instant (Python appends the woken waiter to the ready queue: FIFO).
 */
export class EventLoop {
  private readonly readyQueue = new Fifo<Runnable>();
  private busy = false;
  private kicking = false;
  private waking = false;

  constructor(
    private readonly world: World,
    readonly thread: SimThread,
  ) {}

  get lane(): string {
    return this.thread.lane;
  }

  /** Wraps a coroutine in a task (asyncio.create_task); `onDone` runs when it finishes. */
  spawn(task: number, steps: readonly Step[], onDone?: () => void): void {
    this.schedule(task, false, () => this.step(task, steps, 0, onDone));
  }

  /** Wakes a task that awaited something outside this loop (e.g. asyncio.wait) to run `steps`. */
  wake(task: number, steps: readonly Step[], onDone?: () => void): void {
    this.schedule(task, true, () => this.step(task, steps, 0, onDone));
  }

  /**
   * A done-callback of `task` that burns `cpuMs` on the loop. CPython's Future.__schedule_callbacks hands each
   * callback to loop.call_soon when the task finishes: it joins the ready queue behind every handle already
   * there and, once run, holds the loop's thread until it returns (recorded as a `callback` from start to end).
   */
  callSoon(task: number, cpuMs: number): void {
    this.readyQueue.push({
      task: -1,
      resumed: false,
      run: () => {
        const { recorder } = this.world;
        const handle = recorder.callbackStarted(this.world.now, this.lane, task);
        this.world.cpu.run(this.thread, cpuMs, -1, () => {
          recorder.callbackEnded(handle, this.world.now);
          this.release();
        });
      },
    });
    this.wakeUp();
  }

  private schedule(task: number, resumed: boolean, run: () => void): void {
    this.world.recorder.state(task, 'ready', this.lane, this.world.now);
    this.readyQueue.push({ task, resumed, run });
    this.wakeUp();
  }

  /**
   * Something became ready. A loop that is running a task gets to it when that task awaits; an idle loop
   * (in select) runs it after every other event of this instant has queued its work.
   */
  private wakeUp(): void {
    if (this.busy || this.kicking || this.waking) return;
    this.waking = true;
    this.world.clock.after(0, () => {
      this.waking = false;
      this.kick();
    });
  }

  private kick(): void {
    if (this.kicking) return;
    this.kicking = true;
    while (!this.busy && this.readyQueue.length > 0) {
      const next = this.readyQueue.shift() as Runnable;
      this.busy = true;
      if (next.task >= 0) {
        this.world.recorder.state(next.task, 'running', this.lane, this.world.now);
        if (next.resumed) this.world.recorder.event('resume', this.world.now, this.lane, next.task);
      }
      next.run();
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

  /** Runs the coroutine from step `i` until it awaits (returns) or finishes; instant steps run inline. */
  private step(task: number, steps: readonly Step[], i: number, onDone?: () => void): void {
    const { world, lane } = this;
    const { recorder, clock } = world;
    for (; i < steps.length; i++) {
      const s = steps[i];
      switch (s.kind) {
        case 'cpu':
          if (s.ms <= 0) continue;
          return world.cpu.run(this.thread, s.ms, task, this.continuation(task, steps, i + 1, onDone));
        case 'request': {
          const next = this.continuation(task, steps, i + 1, onDone);
          const cpuMs = world.requestCpuHalfMs;
          if (s.blocking) {
            // requests.get inside a coroutine: it builds and sends the request, then waits for the answer and
            // reads it, all on the loop's thread.
            return world.cpu.run(this.thread, cpuMs, task, () => {
              recorder.state(task, 'blocked', lane, world.now);
              recorder.event('request-sent', world.now, lane, task);
              clock.after(world.requestMs(), () => {
                recorder.event('response-received', world.now, lane, task);
                recorder.state(task, 'running', lane, world.now);
                world.cpu.run(this.thread, cpuMs, task, next);
              });
            });
          }
          // aiohttp: the task builds and writes its request on the loop (CPU), then suspends. When the answer
          // is in, the task is ready; resumed, it reads the body (CPU) and leaves `async with`, and only then
          // is its connection released. A task waiting for a connection is woken with call_soon, behind every
          // task already ready (aiohttp's BaseConnector._release_waiter sets the waiter's future).
          const read = () =>
            world.cpu.run(this.thread, cpuMs, task, () => {
              s.connector?.release();
              next();
            });
          const send = () =>
            world.cpu.run(this.thread, cpuMs, task, () => {
              recorder.event('request-sent', world.now, lane, task);
              clock.after(world.requestMs(), () => {
                recorder.event('response-received', world.now, lane, task);
                this.schedule(task, true, read);
              });
              this.suspend(task, 'suspended');
            });
          if (!s.connector || s.connector.tryAcquire()) return send();
          s.connector.enqueue(() => this.schedule(task, true, send));
          return this.suspend(task, 'queued');
        }
        case 'acquire': {
          if (s.semaphore.tryAcquire()) continue;
          const next = this.continuation(task, steps, i + 1, onDone);
          s.semaphore.enqueue(() => this.schedule(task, true, next));
          return this.suspend(task, 'queued');
        }
        case 'release':
          s.semaphore.release();
          continue;
        case 'executor': {
          const next = this.continuation(task, steps, i + 1, onDone);
          // Mark the wait before submitting: an idle pool thread takes the job at once and marks it blocked.
          this.markSuspended(task, 'queued');
          s.executor.submit({
            task,
            steps: s.steps,
            finish: false,
            onDone: () => this.schedule(task, true, next),
          });
          return this.release();
        }
        default: {
          const never: never = s;
          throw new Error(`unknown step ${String(never)}`);
        }
      }
    }
    recorder.finish(task, 'done', world.now);
    onDone?.();
    this.release();
  }

  private continuation(task: number, steps: readonly Step[], i: number, onDone?: () => void): () => void {
    return () => this.step(task, steps, i, onDone);
  }
}
