/**
 * Live mode's public contract: what the UI passes to `runLive` and what it gets back.
 * A live run really happens in the browser: tasks run on the page's thread and in Web Workers standing in for
 * processes and threads, against the slow endpoint mocked by MSW, and every state change is timestamped.
 */
import type { Params } from '../trace/scenario';
import type { Trace } from '../trace/types';

/** How the slow endpoint is answered in the page: by MSW's service worker, or in the page's own thread. */
export type NetworkMode = 'service-worker' | 'in-thread';

/** Faults to inject, so failures, timeouts and crashes can be seen. */
export interface LiveFaults {
  /** Probability (0…1) that a request answers HTTP 500; the task is drawn `failed` and the run goes on. */
  readonly failRate: number;
  /** Probability (0…1) that a request never answers; the client gives up after `timeoutMs`. */
  readonly hangRate: number;
  /** Client-side request timeout, ms. */
  readonly timeoutMs: number;
  /** When set, the first worker process crashes this many ms into the run (its tasks fail; it is replaced). */
  readonly crashAtMs: number | null;
}

export const NO_FAULTS: LiveFaults = { failRate: 0, hangRate: 0, timeoutMs: 15_000, crashAtMs: null };

export interface LiveProgress {
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  readonly elapsedMs: number;
}

/** Long tasks the page's own thread ran during the run (Long Tasks API): CPU work there freezes the page. */
export interface PageFreeze {
  readonly count: number;
  readonly totalMs: number;
  readonly longestMs: number;
}

export interface LiveReport {
  /** Engine `live`; `cancelled` when the run was stopped early (the partial trace is kept). */
  readonly trace: Trace;
  readonly network: NetworkMode;
  /** Why the service worker was not used, when `network` is `in-thread`. */
  readonly networkReason: string | null;
  /** Whether blocking requests were real synchronous XHRs (true) or emulated by a held thread (false). */
  readonly realBlocking: boolean;
  readonly freeze: PageFreeze;
  /** CPU work the program itself did on the page's thread, ms (what froze it, unless something else did). */
  readonly pageCpuMs: number;
  /** Requests that answered 500. */
  readonly failedRequests: number;
  /** Requests abandoned after the timeout. */
  readonly timedOut: number;
  /** Workers that crashed (and were replaced). */
  readonly crashedWorkers: number;
  /** Spawn → ready time of each worker, ms. */
  readonly spawnMs: readonly number[];
  /** Largest measured difference between a worker's clock and the page's (timeOrigin + now), ms. */
  readonly clockSkewMs: number;
  /**
   * What this browser measured that the scenario assumes: workers' real start-up (median spawn → ready).
   * Simulate with these overrides to compare like with like.
   */
  readonly calibration: Partial<Pick<Params, 'startupMs'>>;
  readonly cancelled: boolean;
}

export interface LiveRunOptions {
  readonly faults?: LiveFaults;
  /** Aborting cancels the run at once: requests aborted, workers terminated; `runLive` resolves with the
   * partial trace marked cancelled. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LiveProgress) => void;
}
