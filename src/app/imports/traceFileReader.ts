/**
 * The import's reader: a job worker (../jobs) that reads, parses and checks trace files off the page's thread,
 * and the page-side unpacking of its answer in slices. Latest wins: a file opened while another is still being
 * read replaces it. A worker that crashes, sends an unreadable message or runs past the time limit is stopped
 * and reported, and the next file gets a fresh one; what is on screen stays.
 */
import { describeError, type RunProblem } from '../../state/runProblem';
import type { ImportProblem, TraceFileOutcome, TraceFileReader } from '../../ui/imports/traceFileReading';
import { JobWorker } from '../jobs/jobWorker';
import { unpackTrace } from '../run/unpackTrace';
import type { ImportRequest, ImportResult, ImportWorkerLike } from './protocol';

/** The user-timing mark set when the import worker's answer reaches the page (nothing in the app reads it). */
export const CHECKED_MARK = 'awaitline:import-checked';

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
  /**
   * Starts the worker ahead of the first file (its module takes tens of ms to load and run), so a file is read
   * as soon as it is chosen. A warmed worker that fails to start is replaced by a fresh one at the first file.
   */
  readonly warm: () => void;
  /** Drops the current job (it resolves null) and terminates the worker. */
  readonly dispose: () => void;
}

/** A failure of the worker itself, never blamed on the file. */
function readerFailed(problem: RunProblem): ImportProblem {
  switch (problem.code) {
    case 'worker-failed':
      return { code: 'reader-failed', detail: problem.detail };
    case 'bad-message':
      return { code: 'reader-failed', detail: 'a message from the reader could not be decoded' };
    case 'start-worker':
    case 'read-trace':
    case 'other':
      return { code: 'reader-failed', detail: problem.detail };
    default:
      return { code: 'reader-failed', detail: null };
  }
}

/**
 * @example
 * const reader = createTraceFileReader({ createWorker: () => new Worker(url, { type: 'module' }) });
 * const outcome = await reader.read(file); // null if a newer file replaced it
 */
export function createTraceFileReader(deps: TraceFileReaderDeps): DisposableReader {
  const timeoutMs = deps.timeoutMs ?? IMPORT_TIMEOUT_MS;
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  /** A worker started by `warm`, not yet handed to the job client; `failed` once it reported an error. */
  let spare: { readonly worker: ImportWorkerLike; failed: boolean } | null = null;
  const worker = new JobWorker<ImportRequest, ImportResult>(() => {
    const warmed = spare;
    spare = null;
    if (warmed === null) return deps.createWorker();
    if (!warmed.failed) return warmed.worker;
    warmed.worker.terminate();
    return deps.createWorker();
  });
  let job = 0;
  /** Settles the current read; null when none is waiting. */
  let settle: ((outcome: TraceFileOutcome | null) => void) | null = null;
  let timer: unknown = null;

  const finish = (outcome: TraceFileOutcome | null) => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const s = settle;
    settle = null;
    s?.(outcome);
  };

  return {
    read: (file) => {
      job += 1;
      const mine = job;
      finish(null); // a read still under way is replaced; `run` below stops its worker
      // Only this read may settle its own promise: a replaced one has already resolved null.
      const done = (outcome: TraceFileOutcome | null) => mine === job && finish(outcome);
      return new Promise<TraceFileOutcome | null>((resolve) => {
        settle = resolve;
        timer = setTimer(() => {
          worker.cancel(); // terminates the busy worker; the next file gets a fresh one
          done({ ok: false, problem: { code: 'timed-out', seconds: Math.round(timeoutMs / 1000) } });
        }, timeoutMs);
        worker.run(file, {
          onProgress: () => {},
          onError: (problem) => done({ ok: false, problem: readerFailed(problem) }),
          onDone: (result) => {
            if (!result.ok) return done({ ok: false, problem: { code: 'refused', error: result.error } });
            if (timer !== null) clearTimer(timer); // the worker's part is over; unpacking is the page's
            timer = null;
            // For bench/traceOpen.ts: where the worker's part (read, parse, check, pack) ends.
            performance.mark(CHECKED_MARK);
            unpackTrace(result.packed, undefined, () => mine !== job).then(
              (trace) => done(trace && { ok: true, trace, format: result.format }),
              (e: unknown) =>
                done({ ok: false, problem: { code: 'reader-failed', detail: describeError(e) } }),
            );
          },
        });
      });
    },
    warm: () => {
      if (spare !== null || job > 0) return; // a file already started the worker
      const started = { worker: deps.createWorker(), failed: false };
      // Until the job client takes it (and sets its own handlers), a failure to start is only noted.
      started.worker.onerror = (event: ErrorEvent) => {
        event.preventDefault?.();
        started.failed = true;
      };
      spare = started;
    },
    dispose: () => {
      spare?.worker.terminate();
      spare = null;
      job += 1;
      worker.dispose();
      finish(null);
    },
  };
}
