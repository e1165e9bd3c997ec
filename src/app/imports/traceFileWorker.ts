/**
 * The import worker: reads a trace file's bytes, parses the JSON and runs every check (`readTraceFile`) off the
 * page's thread, then answers with the trace packed into transferred buffers (the job protocol of ../jobs).
 */
import { readTraceFile } from '../../trace/readTraceFile';
import { serveJobs } from '../jobs/serveJobs';
import { transferables } from '../run/packedTrace';
import { packTrace } from '../run/packTrace';
import type { ImportRequest, ImportResult } from './protocol';

/** The worker-only synchronous Blob reader (the DOM library this project types against does not declare it). */
declare const FileReaderSync: { new (): { readAsText(blob: Blob): string } };

serveJobs(
  (file: ImportRequest): ImportResult => {
    // Workers may read a Blob synchronously; a file that cannot be read throws, and the page says so.
    const result = readTraceFile(new FileReaderSync().readAsText(file));
    return result.ok
      ? { ok: true, packed: packTrace(result.trace), format: result.format }
      : { ok: false, error: result.error };
  },
  (result) => (result.ok ? transferables(result.packed) : []),
);
