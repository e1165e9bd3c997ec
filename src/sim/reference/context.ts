import { RefCpu, type RefThread } from './cpu';
import { Ticker } from './ticker';

/** What every part of one reference run shares: its clock, its CPU and what it observed. */
export interface RefContext {
  readonly ticker: Ticker;
  readonly cpu: RefCpu;
  /** Every request takes latency + overhead (the reference has no jitter). */
  readonly requestMs: number;
  /** CPU the client burns to send a request, and again to read its answer, on the requesting thread. */
  readonly requestCpuHalfMs: number;
  /** Per task index, when each of its requests went out. */
  readonly sent: number[][];
  /** Per task index, when it finished (NaN until then). */
  readonly finish: number[];
}

export function createContext(
  tasks: number,
  requestMs: number,
  requestCpuHalfMs: number,
  cores: number,
): RefContext {
  const ticker = new Ticker();
  return {
    ticker,
    cpu: new RefCpu(ticker, cores),
    requestMs,
    requestCpuHalfMs,
    sent: Array.from({ length: tasks }, () => []),
    finish: new Array<number>(tasks).fill(NaN),
  };
}

/**
 * A blocking request on `thread` (requests.get, or requests.get inside a coroutine): CPU to send it, the wait
 * (thread held, GIL free), CPU to read the answer; then `done`.
 */
export function blockingRequest(ctx: RefContext, thread: RefThread, task: number, done: () => void): void {
  ctx.cpu.burn(thread, ctx.requestCpuHalfMs, () =>
    request(ctx, task, () => ctx.cpu.burn(thread, ctx.requestCpuHalfMs, done)),
  );
}

/** Records a request of `task` going out now and calls `answered` when its response is in. */
export function request(ctx: RefContext, task: number, answered: () => void): void {
  ctx.sent[task].push(ctx.ticker.now);
  ctx.ticker.countdown(ctx.requestMs, answered);
}
