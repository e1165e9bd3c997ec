import { RefCpu } from './cpu';
import { Ticker } from './ticker';

/** What every part of one reference run shares: its clock, its CPU and what it observed. */
export interface RefContext {
  readonly ticker: Ticker;
  readonly cpu: RefCpu;
  /** Every request takes latency + overhead (the reference has no jitter). */
  readonly requestMs: number;
  /** Per task index, when each of its requests went out. */
  readonly sent: number[][];
  /** Per task index, when it finished (NaN until then). */
  readonly finish: number[];
}

export function createContext(tasks: number, requestMs: number, cores: number): RefContext {
  const ticker = new Ticker();
  return {
    ticker,
    cpu: new RefCpu(ticker, cores),
    requestMs,
    sent: Array.from({ length: tasks }, () => []),
    finish: new Array<number>(tasks).fill(NaN),
  };
}

/** Records a request of `task` going out now and calls `answered` when its response is in. */
export function request(ctx: RefContext, task: number, answered: () => void): void {
  ctx.sent[task].push(ctx.ticker.now);
  ctx.ticker.countdown(ctx.requestMs, answered);
}
