/**
 * Reads the text of a file someone dropped or picked: Awaitline JSON or a Chrome trace written by Awaitline,
 * told apart by shape, then validated by `parseTrace`. Every refusal is one line that names what is wrong.
 */
import { fromChromeTrace, isChromeTrace } from './fromChromeTrace';
import { parseTrace } from './schema';
import type { Trace } from './types';

/** Larger files are refused before they are read: a trace of 100,000 tasks is ~30 MB. */
export const MAX_TRACE_FILE_BYTES = 50 * 1024 * 1024;

export type TraceFileFormat = 'awaitline' | 'chrome';

export type TraceFileResult =
  | { readonly ok: true; readonly trace: Trace; readonly format: TraceFileFormat }
  | { readonly ok: false; readonly error: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuses a file by its size alone, before reading it; null when the size is fine. */
export function checkTraceFileSize(bytes: number): string | null {
  if (bytes === 0) return 'the file is empty';
  if (bytes > MAX_TRACE_FILE_BYTES)
    return `the file is too large (${megabytes(bytes)}; the limit is ${MAX_TRACE_FILE_BYTES / 1024 / 1024} MB)`;
  return null;
}

/**
 * @example
 * const r = readTraceFile(await file.text());
 * if (!r.ok) showMessage(`${file.name}: ${r.error}`);
 */
export function readTraceFile(text: string): TraceFileResult {
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (isChromeTrace(json)) {
    const r = fromChromeTrace(json);
    return r.ok ? { ...r, format: 'chrome' } : { ok: false, error: `Chrome trace: ${r.error}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('version' in json)) {
    return {
      ok: false,
      error: 'not an Awaitline trace: no "version" field, and not a Chrome trace (no "traceEvents")',
    };
  }
  const r = parseTrace(json);
  return r.ok ? { ...r, format: 'awaitline' } : r;
}
