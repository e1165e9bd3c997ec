import { blockingRequest, request, type RefContext } from './context';
import { refThread, type RefProcess, type RefThread } from './cpu';
import type { RefSlots } from './slots';
import type { RefThreadPool } from './workers';

/** One step of a coroutine on the reference event loop. */
export type LoopOp =
  /** Python work: holds the loop's thread (and needs the GIL and a core). */
  | { readonly kind: 'cpu'; readonly ms: number }
  /** An awaited request (aiohttp): the task suspends; with `connections`, it first waits for a free one. */
  | { readonly kind: 'await'; readonly connections?: RefSlots }
  /** A blocking request inside a coroutine (requests.get): holds the loop's thread until it is answered. */
  | { readonly kind: 'block' }
  | { readonly kind: 'acquire'; readonly slots: RefSlots }
  | { readonly kind: 'release'; readonly slots: RefSlots }
  /** run_in_executor(pool, requests.get): a pool thread makes the request while the task suspends. */
  | { readonly kind: 'offload'; readonly pool: RefThreadPool };

interface Coroutine {
  readonly task: number;
  readonly ops: readonly LoopOp[];
  pc: number;
  /** Holds one of its `await` step's connections (taken, or handed over while it queued). */
  connected: boolean;
  /** Its `await` step's answer is in: resumed, it reads it, then gives the connection back. */
  answered: boolean;
  readonly onDone?: () => void;
}

type Ready = Coroutine | { readonly callbackMs: number; readonly onEnd?: () => void };

/**
 * An asyncio event loop: one thread and a first-in first-out ready line. When the thread is free it takes
 * the first ready entry and runs it until it awaits or finishes; a coroutine woken while the loop is busy
 * joins the back of the line.
 */
export class RefLoop {
  readonly thread: RefThread;
  private readonly ready: Ready[] = [];
  private busy = false;
  private pumping = false;
  /** An idle loop was woken: it runs its ready line once everything else due this ms has fired. */
  private waking = false;

  constructor(
    private readonly ctx: RefContext,
    process: RefProcess,
  ) {
    this.thread = refThread(process);
  }

  /** asyncio.create_task: `task` becomes ready to run `ops`; `onDone` runs when it finishes. */
  spawn(task: number, ops: readonly LoopOp[], onDone?: () => void): void {
    this.makeReady({ task, ops, pc: 0, connected: false, answered: false, onDone });
  }

  /** loop.call_soon of a callback that burns `ms` of CPU on the loop; `onEnd` when it returns. */
  callSoon(ms: number, onEnd?: () => void): void {
    this.makeReady({ callbackMs: ms, onEnd });
  }

  /**
   * `entry` joins the back of the ready line. A busy loop gets to it in turn; an idle one (waiting in select)
   * first lets everything else due this ms fire, so answers arriving together all queue before any runs.
   */
  private makeReady(entry: Ready): void {
    this.ready.push(entry);
    if (this.busy || this.pumping || this.waking) return;
    this.waking = true;
    this.ctx.ticker.countdown(0, () => {
      this.waking = false;
      this.pump();
    });
  }

  /** Run ready entries while the thread is free (not re-entered: an entry woken meanwhile just waits). */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    while (!this.busy && this.ready.length > 0) {
      const next = this.ready.shift() as Ready;
      this.busy = true;
      if (!('callbackMs' in next)) this.advance(next);
      else if (next.callbackMs <= 0) {
        next.onEnd?.();
        this.busy = false;
      } else
        this.ctx.cpu.burn(this.thread, next.callbackMs, () => {
          next.onEnd?.();
          this.free();
        });
    }
    this.pumping = false;
  }

  private free(): void {
    this.busy = false;
    this.pump();
  }

  /** Runs `co` on the loop's thread from its current step until it gives the thread up. */
  private advance(co: Coroutine): void {
    const { ctx } = this;
    for (;;) {
      const op = co.ops[co.pc];
      if (op === undefined) {
        ctx.finish[co.task] = ctx.ticker.now;
        co.onDone?.();
        return this.free();
      }
      switch (op.kind) {
        case 'cpu':
          co.pc += 1;
          if (op.ms > 0) return ctx.cpu.burn(this.thread, op.ms, () => this.advance(co));
          continue;
        case 'block':
          co.pc += 1;
          return blockingRequest(ctx, this.thread, co.task, () => this.advance(co));
        case 'await': {
          const slots = op.connections;
          if (co.answered) {
            // Resumed with the answer: read it (CPU), leave `async with`, give the connection back; a task
            // waiting for it joins the back of the ready line.
            co.answered = false;
            return ctx.cpu.burn(this.thread, ctx.requestCpuHalfMs, () => {
              if (co.connected) slots?.give();
              co.connected = false;
              co.pc += 1;
              this.advance(co);
            });
          }
          if (slots !== undefined && !co.connected) {
            co.connected = slots.take(() => {
              co.connected = true;
              this.makeReady(co);
            });
            if (!co.connected) return this.free();
          }
          return ctx.cpu.burn(this.thread, ctx.requestCpuHalfMs, () => {
            request(ctx, co.task, () => {
              co.answered = true;
              this.makeReady(co);
            });
            this.free();
          });
        }
        case 'acquire':
          co.pc += 1;
          if (op.slots.take(() => this.makeReady(co))) continue;
          return this.free();
        case 'release':
          co.pc += 1;
          op.slots.give();
          continue;
        case 'offload':
          co.pc += 1;
          op.pool.submit({
            task: co.task,
            ops: [{ kind: 'request' }],
            finish: false,
            onDone: () => this.makeReady(co),
          });
          return this.free();
        default: {
          const never: never = op;
          throw new Error(`reference: unknown loop op ${String(never)}`);
        }
      }
    }
  }
}
