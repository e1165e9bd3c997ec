import { useEffect, useState } from 'react';
import type { TraceFileReader } from '../../ui/imports/traceFileReading';
import type { ImportWorkerLike } from './protocol';
import { createTraceFileReader } from './traceFileReader';

/** The real worker: a module worker bundled by Vite. */
const createWorker = (): ImportWorkerLike =>
  new Worker(new URL('./traceFileWorker.ts', import.meta.url), {
    type: 'module',
    name: 'awaitline-import',
  }) as ImportWorkerLike;

/** How long after mounting the reader's worker starts at the latest, if the page is never idle before. */
const WARM_WITHIN_MS = 5_000;

/**
 * The import worker's reader for as long as the app is mounted. Its worker starts once the page is first idle
 * (off the page's thread, ahead of any file), so opening a file does not wait for the reader's module to load.
 */
export function useImportReader(): TraceFileReader {
  const [reader] = useState(() => createTraceFileReader({ createWorker }));
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return reader.dispose;
    const idle = requestIdleCallback(reader.warm, { timeout: WARM_WITHIN_MS });
    return () => {
      cancelIdleCallback(idle);
      reader.dispose();
    };
  }, [reader]);
  return reader.read;
}
