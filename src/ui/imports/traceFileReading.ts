/**
 * How the import reads a trace file, as a value the app provides: the app reads in a worker (see
 * src/app/imports/), so a 50 MB file never blocks the page; tests and anything without a provider read in-thread.
 */
import { createContext, useContext } from 'react';
import { readTraceFile, type TraceFileFormat } from '../../trace/readTraceFile';
import type { Trace } from '../../trace/types';

/** Why a file was not opened; the import area words each one (English and Chinese). */
export type ImportProblem =
  /** The file is not a trace Awaitline can draw: one line naming the field (from `readTraceFile`). */
  | { readonly code: 'refused'; readonly error: string }
  /** The browser could not read the file's bytes. */
  | { readonly code: 'unreadable'; readonly detail: string }
  /** The reader (the import worker) crashed or sent something unreadable. */
  | { readonly code: 'reader-failed'; readonly detail: string | null }
  /** The reader took longer than its limit and was stopped. */
  | { readonly code: 'timed-out'; readonly seconds: number };

export type TraceFileOutcome =
  | { readonly ok: true; readonly trace: Trace; readonly format: TraceFileFormat }
  | { readonly ok: false; readonly problem: ImportProblem };

/** Reads one file; resolves null when a newer file replaced it before it finished (drop the answer). */
export type TraceFileReader = (file: Blob) => Promise<TraceFileOutcome | null>;

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Reads on the calling thread: fine for tests and small files; the app provides the worker reader. */
export const readInThread: TraceFileReader = async (file) => {
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, problem: { code: 'unreadable', detail: describe(e) } };
  }
  const r = readTraceFile(text);
  return r.ok ? r : { ok: false, problem: { code: 'refused', error: r.error } };
};

export const TraceFileReaderContext = createContext<TraceFileReader>(readInThread);

/** The reader the app provides (the import worker), else the in-thread one. */
export const useTraceFileReader = (): TraceFileReader => useContext(TraceFileReaderContext);
