/**
 * The import worker: reads a trace file's bytes, parses the JSON and runs every check (`readTraceFile`) off the
 * page's thread, then sends the trace packed into transferred buffers. Speaks `ToImportWorker` /
 * `FromImportWorker`.
 */
import { readTraceFile } from '../../trace/readTraceFile';
import { transferables } from '../run/packedTrace';
import { packTrace } from '../run/packTrace';
import type { FromImportWorker, ToImportWorker } from './protocol';

function send(message: FromImportWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.onmessage = async (event: MessageEvent<ToImportWorker>) => {
  const { jobId, file } = event.data;
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    send({ type: 'unreadable', jobId, detail: e instanceof Error ? e.message : String(e) });
    return;
  }
  try {
    const result = readTraceFile(text);
    if (!result.ok) return send({ type: 'refused', jobId, error: result.error });
    const packed = packTrace(result.trace);
    send({ type: 'done', jobId, packed, format: result.format }, transferables(packed));
  } catch (e) {
    // A rejected async handler never reaches the page's `onerror`: report it, or the page would wait for ever.
    send({ type: 'failed', jobId, detail: e instanceof Error ? e.message : String(e) });
  }
};
