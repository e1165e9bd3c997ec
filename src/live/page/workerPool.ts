import { epochNow } from '../clock';
import type { FromWorker, ToWorker } from '../protocol';
import type { LaneKind } from '../../trace/types';
import type { LiveRecorder } from './liveRecorder';

/** Clock pings per worker, after it is up. */
const PINGS = 5;

/** What a worker reports about its work (the pool itself handles start-up, clock pings and failures). */
export type WorkMessage = Exclude<FromWorker, { readonly type: 'ready' | 'pong' | 'error' }>;

/** One live worker: a process (or a thread) of the program, with the lane it is drawn on. */
export interface LiveWorker {
  readonly lane: string;
  readonly label: string;
  post(message: ToWorker): void;
}

export interface WorkerPoolOptions {
  readonly recorder: LiveRecorder;
  readonly baseHref: string;
  readonly realBlocking: boolean;
  /** The lane kind and parent of each worker (processes of the pool, or threads of one process). */
  readonly kind: LaneKind;
  readonly parent: string | null;
  /** Lane id and label for the n-th worker ever started (1-based; replacements continue the count). */
  readonly name: (n: number) => { readonly lane: string; readonly label: string };
  /** Whether each worker runs an event loop, drawn as its own lane `<lane>/loop` under the worker's. */
  readonly withLoop?: boolean;
  readonly onMessage: (worker: LiveWorker, message: WorkMessage) => void;
  /** Where to put each start's spawn → ready time and clock skew, ms. */
  readonly timings: { readonly spawnMs: number[]; readonly skewMs: number[] };
  /** A worker that was up died; it has been terminated (the caller starts a replacement). */
  readonly onCrash: (worker: LiveWorker) => void;
}

/**
 * A typed, disposable pool of module workers. Each start is real and timed (spawn → ready, drawn as the
 * process's start-up); a worker that throws is terminated and replaced; `dispose()` terminates them all.
 */
export class WorkerPool {
  private readonly live = new Map<LiveWorker, Worker>();
  private started = 0;
  private disposed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  get size(): number {
    return this.live.size;
  }

  /** Starts `count` workers in parallel; resolves with them once each has answered `ready`. */
  start(count: number): Promise<LiveWorker[]> {
    return Promise.all(Array.from({ length: count }, () => this.spawn()));
  }

  /** Starts one worker and resolves when it can take work. */
  spawn(): Promise<LiveWorker> {
    const { recorder, kind, parent, name } = this.options;
    const { lane, label } = name(++this.started);
    recorder.addLane({ id: lane, kind, label, parent });
    if (this.options.withLoop)
      recorder.addLane({ id: `${lane}/loop`, kind: 'event-loop', label: 'event loop', parent: lane });
    const spawnedAt = epochNow();
    const worker = new Worker(new URL('../worker/liveWorker.ts', import.meta.url), {
      type: 'module',
      name: `awaitline-${lane}`,
    });
    const handle: LiveWorker = { lane, label, post: (message) => worker.postMessage(message) };
    this.live.set(handle, worker);
    let pongs = 0;
    let bestRoundTrip = Infinity;
    let skew = 0;
    let up = false;
    return new Promise((resolve, reject) => {
      // Dying before it was up is a failure to start (a missing script, a broken import, an endpoint that
      // would not start): replacing it would fail the same way, so the run ends with the reason instead.
      const died = (why: string) => (up ? this.crash(handle) : this.fail(handle, reject, why));
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        const now = epochNow();
        if (message.type === 'ready') {
          this.options.timings.spawnMs.push(now - spawnedAt);
          recorder.setStartup(lane, spawnedAt, now);
          recorder.event('process-start', now, lane);
          handle.post({ type: 'ping', sentAt: now });
          up = true;
          resolve(handle);
        } else if (message.type === 'pong') {
          // The worker read its clock between our send and this receipt; its distance from the midpoint is
          // the skew between the two clocks, give or take half the round trip. The quickest of a few pings
          // bounds it best (as NTP does).
          const roundTrip = now - message.sentAt;
          if (roundTrip < bestRoundTrip) {
            bestRoundTrip = roundTrip;
            skew = Math.abs(message.at - (message.sentAt + now) / 2);
          }
          if (++pongs < PINGS) handle.post({ type: 'ping', sentAt: now });
          else this.options.timings.skewMs.push(skew);
        } else if (message.type === 'error') {
          died(message.message);
        } else {
          this.options.onMessage(handle, message);
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        died(event.message);
      };
      handle.post({ type: 'init', baseHref: this.options.baseHref, realBlocking: this.options.realBlocking });
    });
  }

  /** Fault injection: kills `worker` outright, as the system kills a process, and handles it as a crash. */
  kill(worker: LiveWorker): void {
    this.crash(worker);
  }

  dispose(): void {
    this.disposed = true;
    const now = epochNow();
    for (const [handle, worker] of this.live) {
      worker.terminate();
      this.options.recorder.event('process-exit', now, handle.lane);
    }
    this.live.clear();
  }

  private crash(handle: LiveWorker): void {
    if (this.stop(handle)) this.options.onCrash(handle);
  }

  private fail(handle: LiveWorker, reject: (error: Error) => void, why: string): void {
    if (this.stop(handle)) reject(new Error(`${handle.label} failed to start${why ? `: ${why}` : ''}.`));
  }

  /** Terminates a worker that is still ours; false when it was already gone or the pool disposed. */
  private stop(handle: LiveWorker): boolean {
    const worker = this.live.get(handle);
    if (!worker || this.disposed) return false;
    worker.terminate();
    this.live.delete(handle);
    this.options.recorder.event('process-exit', epochNow(), handle.lane);
    return true;
  }
}
