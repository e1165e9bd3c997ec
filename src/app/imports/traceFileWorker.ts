/**
 * The import worker: reads a trace file's bytes, parses them and runs every check off the page's thread
 * (`readTraceBytes`), then answers with the trace packed into transferred buffers (the job protocol of ../jobs).
 * Until its first file it warms the fast reader up on a small export (warmUpTrace), a round at a time.
 */
import { readChromeTraceFast } from '../../trace/chromeTraceFast';
import { serveJobs } from '../jobs/serveJobs';
import { transferables } from '../run/packedTrace';
import type { ImportRequest, ImportResult } from './protocol';
import { readTraceBytes } from './readTraceBytes';
import { warmUpBytes } from './warmUpTrace';

/** The worker-only synchronous Blob reader (the DOM library this project types against does not declare it). */
declare const FileReaderSync: {
  new (): { readAsText(blob: Blob): string; readAsArrayBuffer(blob: Blob): ArrayBuffer };
};

/** Warm-up rounds and their size: enough for the engine to optimise the reader (~1 MB each, a few ms once warm). */
const WARM_ROUNDS = 4;
const WARM_TASKS = 600;

let started = false;
let warmUp: Uint8Array | null = null;
/** One round per task, so a file that arrives meanwhile waits for one round at most; none once a file came. */
const warm = (round: number) => {
  if (started || round >= WARM_ROUNDS) {
    warmUp = null;
    return;
  }
  warmUp ??= warmUpBytes(WARM_TASKS);
  readChromeTraceFast(warmUp);
  setTimeout(() => warm(round + 1), 1);
};
setTimeout(() => warm(0), 0);

serveJobs(
  (file: ImportRequest): ImportResult => {
    started = true;
    // Workers may read a Blob synchronously; a file that cannot be read throws, and the page says so.
    const reader = new FileReaderSync();
    return readTraceBytes(new Uint8Array(reader.readAsArrayBuffer(file)), () => reader.readAsText(file));
  },
  (result) => (result.ok ? transferables(result.packed) : []),
);
