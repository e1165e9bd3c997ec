/**
 * The import worker: reads a trace file's bytes, parses them and runs every check off the page's thread
 * (`readTraceBytes`), then answers with the trace packed into transferred buffers (the job protocol of ../jobs).
 */
import { serveJobs } from '../jobs/serveJobs';
import { transferables } from '../run/packedTrace';
import type { ImportRequest, ImportResult } from './protocol';
import { readTraceBytes } from './readTraceBytes';

/** The worker-only synchronous Blob reader (the DOM library this project types against does not declare it). */
declare const FileReaderSync: {
  new (): { readAsText(blob: Blob): string; readAsArrayBuffer(blob: Blob): ArrayBuffer };
};

serveJobs(
  (file: ImportRequest): ImportResult => {
    // Workers may read a Blob synchronously; a file that cannot be read throws, and the page says so.
    const reader = new FileReaderSync();
    return readTraceBytes(new Uint8Array(reader.readAsArrayBuffer(file)), () => reader.readAsText(file));
  },
  (result) => (result.ok ? transferables(result.packed) : []),
);
