import { appBaseHref } from '../../live/endpoint/baseHref';
import type { FromPython, ToPython } from '../../python/protocol';
import type { PythonRunOptions, PythonRunResult } from '../../python/types';

/** How a run ended when Python did not report it: Stop, the page-side CPU limit, or a worker that died. */
export type ClientEnd =
  | { readonly kind: 'result'; readonly result: PythonRunResult; readonly memoryBytes: number }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'cpu-limit'; readonly seconds: number }
  | { readonly kind: 'load-failed'; readonly message: string }
  | { readonly kind: 'crashed'; readonly message: string };

export interface RunHandlers {
  readonly onOutput: (stream: 'stdout' | 'stderr', text: string) => void;
  /** The interpreter is loaded (first run only: `loadMs` is the cold start) and the program starts. */
  readonly onStarted?: (loadMs: number | null) => void;
}

/** Margin over the Python-side CPU limit before the page ends a program that never reaches a hook. */
const HARD_STOP_MARGIN_MS = 1_000;

/**
 * The one Python worker of the page: created on the first run (Pyodide loads then, from `<base>pyodide/`),
 * kept warm between runs, terminated by `stop()` (a runaway program cannot be interrupted otherwise), and
 * re-created by the next run. One run at a time: a new run stops the previous one.
 */
export class PythonClient {
  private worker: Worker | null = null;
  private ready: Promise<number> | null = null;
  private finish: ((end: ClientEnd) => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;

  private spawn(): Promise<number> {
    const worker = new Worker(new URL('../../python/worker/pythonWorker.ts', import.meta.url), {
      type: 'module',
      name: 'python',
    });
    this.worker = worker;
    const ready = new Promise<number>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<FromPython>) => {
        const m = event.data;
        if (m.type === 'ready') resolve(m.loadMs);
        else if (m.type === 'load-failed') reject(new Error(m.message));
      });
      worker.addEventListener('error', (event) =>
        reject(new Error(event.message || 'the Python worker failed')),
      );
    });
    const load: ToPython = { type: 'load', indexURL: new URL('pyodide/', appBaseHref()).href };
    worker.postMessage(load);
    return ready;
  }

  /** Runs `source`; resolves when Python reports, or with why it did not. */
  async run(source: string, options: PythonRunOptions, handlers: RunHandlers): Promise<ClientEnd> {
    this.stop();
    const cold = this.ready === null;
    this.ready ??= this.spawn();
    const ended = new Promise<ClientEnd>((resolve) => {
      this.finish = resolve;
    });
    let loadMs: number | null;
    try {
      // Stop during the load ends the run too.
      loadMs = await Promise.race([this.ready, ended.then(() => null)]);
    } catch (error) {
      this.dispose();
      this.finish = null;
      return { kind: 'load-failed', message: error instanceof Error ? error.message : String(error) };
    }
    const worker = this.worker;
    if (loadMs === null || !worker || !this.finish) return ended;
    const id = this.nextId++;
    const onMessage = (event: MessageEvent<FromPython>) => {
      const m = event.data;
      if (m.type === 'started' && m.id === id) {
        handlers.onStarted?.(cold ? (loadMs ?? null) : null);
        this.timer = setTimeout(
          () => {
            this.end({ kind: 'cpu-limit', seconds: options.maxCpuS });
          },
          options.maxCpuS * 1000 + HARD_STOP_MARGIN_MS,
        );
      } else if (m.type === 'output' && m.id === id) handlers.onOutput(m.stream, m.text);
      else if (m.type === 'result' && m.id === id) {
        worker.removeEventListener('message', onMessage);
        this.settle({ kind: 'result', result: m.result, memoryBytes: m.memoryBytes });
      }
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => this.end({ kind: 'crashed', message: event.message }), {
      once: true,
    });
    const message: ToPython = { type: 'run', id, source, options };
    worker.postMessage(message);
    return ended;
  }

  private settle(end: ClientEnd): void {
    clearTimeout(this.timer);
    const finish = this.finish;
    this.finish = null;
    finish?.(end);
  }

  /** Ends the run in progress by terminating the worker (the next run loads a fresh interpreter). */
  private end(end: ClientEnd): void {
    if (!this.finish) return;
    // A stop while loading discards the half-loaded interpreter as well.
    this.dispose();
    this.settle(end);
  }

  /** Stop: terminates the worker at once if a run is in progress. */
  stop(): void {
    this.end({ kind: 'stopped' });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }
}
