/**
 * What the import worker does with a file: the Chrome-trace fast path on its bytes (Awaitline's own export,
 * read once, straight into columns), else the general path on its text (`readTraceFile`: JSON.parse, the
 * read-back, every check, each refusal worded), packed for the trip to the page.
 */
import { readChromeTraceFast } from '../../trace/chromeTraceFast';
import { readTraceFile, type TraceFileFormat } from '../../trace/readTraceFile';
import type { PackedTrace } from '../run/packedTrace';
import { packTrace } from '../run/packTrace';

export type ReadBytesResult =
  | { readonly ok: true; readonly packed: PackedTrace; readonly format: TraceFileFormat }
  | { readonly ok: false; readonly error: string };

/**
 * @example readTraceBytes(new Uint8Array(reader.readAsArrayBuffer(file)), () => reader.readAsText(file))
 * @param text the file as text, decoded as the browser decodes a file (asked for only off the fast path)
 */
export function readTraceBytes(bytes: Uint8Array, text: () => string): ReadBytesResult {
  const fast = readChromeTraceFast(bytes);
  if (fast !== null) return { ok: true, packed: fast, format: 'chrome' };
  const result = readTraceFile(text());
  return result.ok
    ? { ok: true, packed: packTrace(result.trace), format: result.format }
    : { ok: false, error: result.error };
}
