/**
 * A scenario: which strategy, with which work and pool sizes, and the seed. Same scenario → same trace.
 */
export const STRATEGY_IDS = [
  'sequential',
  'async-blocking',
  'asyncio-gather',
  'asyncio-semaphore',
  'thread-pool',
  'run-in-executor',
  'process-pool',
  'aiomultiprocess',
  'task-lifecycle',
  'done-callbacks',
  'asyncio-wait',
] as const;

export type StrategyId = (typeof STRATEGY_IDS)[number];

export type JitterKind = 'uniform' | 'lognormal';

export interface Params {
  /** Number of requests / tasks. */
  readonly tasks: number;
  /** The endpoint's latency L, ms. */
  readonly latencyMs: number;
  /** Jitter added to each request's latency, ms (0 = fixed latency). */
  readonly jitterMs: number;
  /** How jitter is drawn: uniform in [-j, +j], or lognormal with spread j. */
  readonly jitterKind: JitterKind;
  /** Client-side cost of each request beyond the endpoint's latency (connect, parse headers), ms. */
  readonly overheadMs: number;
  /**
   * CPU the client spends on each request (half to send it, half to read its answer), on the thread that
   * makes it: the event loop, or a thread that then needs the GIL; ms. Separate from `overheadMs` (the network's).
   */
  readonly requestCpuMs: number;
  /** CPU work per task after its response arrives, ms. */
  readonly cpuMs: number;
  /** Pool size: threads or processes. */
  readonly workers: number;
  /** Semaphore k, or aiomultiprocess's childconcurrency. */
  readonly concurrency: number;
  /** aiohttp connector limit per session; 0 = no limit. */
  readonly connectorLimit: number;
  /** Pool.map chunksize; 0 = Python's default ceil(N / (4p)). */
  readonly chunksize: number;
  /** CPU cores shared by every process. */
  readonly cores: number;
  /** Start-up cost of each process (fork ~1.5 ms, spawn with imports ~500 ms), ms. */
  readonly startupMs: number;
}

export interface Scenario {
  readonly strategy: StrategyId;
  readonly params: Params;
  readonly seed: number;
}

export type ParamKey = keyof Params;
