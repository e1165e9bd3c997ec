/**
 * The messages between the page and the import worker, which reads, parses and checks a trace file off the
 * page's thread. One discriminated union per direction, shared by both sides.
 */
import type { TraceFileFormat } from '../../trace/readTraceFile';
import type { PackedTrace } from '../run/packedTrace';

/** Page → worker: the file itself (a `File` is a `Blob`; the worker reads its bytes, the page never does). */
export type ToImportWorker = { readonly type: 'read'; readonly jobId: number; readonly file: Blob };

/** Worker → page. Every message names the job it answers, so answers to replaced jobs are dropped. */
export type FromImportWorker =
  /** A valid trace, packed into transferred buffers (see `packTrace`). */
  | {
      readonly type: 'done';
      readonly jobId: number;
      readonly packed: PackedTrace;
      readonly format: TraceFileFormat;
    }
  /** Not a trace Awaitline can draw: `readTraceFile`'s one-line reason. */
  | { readonly type: 'refused'; readonly jobId: number; readonly error: string }
  /** The bytes could not be read. */
  | { readonly type: 'unreadable'; readonly jobId: number; readonly detail: string }
  /** The worker itself failed (a bug, or memory): said as such, never as a problem of the file. */
  | { readonly type: 'failed'; readonly jobId: number; readonly detail: string };

/** What the reader needs of a Worker; a plain object in tests. */
export interface ImportWorkerLike {
  postMessage(message: ToImportWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromImportWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}
