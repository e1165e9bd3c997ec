/**
 * The import's reader: one module worker that reads, parses and checks trace files off the page's thread, and
 * the page-side unpacking of its answer in slices. Latest wins: a file opened while another is still being read
 * replaces it (the busy worker is terminated). A worker that crashes, sends an unreadable message or runs past
 * the time limit is terminated and reported, and the next file gets a fresh one; what is on screen stays.
 */
import type { TraceFileOutcome, TraceFileReader } from '../../ui/imports/traceFileReading';
import { unpackTrace } from '../run/unpackTrace';
import type { FromImportWorker, ImportWorkerLike } from './protocol';

/** Longest a file may take to read and check: a 50 MB file of a million segments takes a few seconds. */
export const IMPORT_TIMEOUT_MS = 60_000;

export interface TraceFileReaderDeps {
  readonly createWorker: () => ImportWorkerLike;
  readonly timeoutMs?: number;
  /** Timers, passed in for tests. */
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export interface DisposableReader {
  readonly read: TraceFileReader;
  /** Drops the current job (it resolves null) and terminates the worker. */
  readonly dispose: () => void;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * @example
 * const reader = createTraceFileReader({ createWorker: () => new Worker(url, { type: 'module' }) });
 * const outcome = await reader.read(file); // null if a newer file replaced it
 */
export function createTraceFileReader(deps: TraceFileReaderDeps): DisposableReader {
  const timeoutMs = deps.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let worker: ImportWorkerLike | null = null;
  let jobId = 0;
  /** Settles the current job; null when none is waiting for the worker. */
  let settle: ((outcome: TraceFileOutcome | null) => void) | null = null;
  let timer: unknown = null;

  const drop = () => {
    worker?.terminate();
    worker = null;
  };
  const finish = (outcome: TraceFileOutcome | null) => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const s = settle;
    settle = null;
    s?.(outcome);
  };
  const fail = (detail: string | null) => {
    drop();
    finish({ ok: false, problem: { code: 'reader-failed', detail } });
  };

  const spawn = (): ImportWorkerLike => {
    const w = deps.createWorker();
    w.onmessage = (event: MessageEvent<FromImportWorker>) => {
      const message = event.data;
      if (message.jobId !== jobId || settle === null) return; // an answer to a replaced job
      switch (message.type) {
        case 'done': {
          const job = jobId;
          const done = settle;
          settle = null; // the worker's part is over; the unpacking below is the page's
          if (timer !== null) clearTimer(timer);
          timer = null;
          unpackTrace(message.packed, undefined, () => job !== jobId).then(
            (trace) => done(trace && { ok: true, trace, format: message.format }),
            (e: unknown) => done({ ok: false, problem: { code: 'reader-failed', detail: describe(e) } }),
          );
          break;
        }
        case 'refused':
          finish({ ok: false, problem: { code: 'refused', error: message.error } });
          break;
        case 'unreadable':
          finish({ ok: false, problem: { code: 'unreadable', detail: message.detail } });
          break;
        case 'failed':
          fail(message.detail);
          break;
        default: {
          const unknown: never = message;
          fail(`unknown message ${JSON.stringify(unknown)}`);
        }
      }
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      if (worker === w) fail(event.message || null);
    };
    w.onmessageerror = () => {
      if (worker === w) fail('a message from the reader could not be decoded');
    };
    return w;
  };

  return {
    read: (file) => {
      jobId += 1;
      // A file still being read is replaced: its worker is stopped rather than waited for.
      if (settle !== null) {
        drop();
        finish(null);
      }
      return new Promise<TraceFileOutcome | null>((resolve) => {
        settle = resolve;
        try {
          worker ??= spawn();
          timer = setTimer(() => {
            drop();
            finish({ ok: false, problem: { code: 'timed-out', seconds: Math.round(timeoutMs / 1000) } });
          }, timeoutMs);
          worker.postMessage({ type: 'read', jobId, file });
        } catch (e) {
          fail(describe(e));
        }
      });
    },
    dispose: () => {
      jobId += 1;
      drop();
      finish(null);
    },
  };
}
