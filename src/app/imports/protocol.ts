/**
 * The import worker's job (see ../jobs/protocol for the messages): the page sends the file itself (a `File`
 * is a `Blob`; the worker reads its bytes, the page never does) and gets back the trace packed into
 * transferred buffers, or the checks' refusal.
 */
import type { TraceFileFormat } from '../../trace/readTraceFile';
import type { JobWorkerLike } from '../jobs/protocol';
import type { PackedTrace } from '../run/packedTrace';

export type ImportRequest = Blob;

export type ImportResult =
  | { readonly ok: true; readonly packed: PackedTrace; readonly format: TraceFileFormat }
  /** Not a trace Awaitline can draw: `readTraceFile`'s one-line reason. */
  | { readonly ok: false; readonly error: string };

export type ImportWorkerLike = JobWorkerLike<ImportRequest, ImportResult>;
