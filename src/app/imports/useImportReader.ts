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

/** The import worker's reader for as long as the app is mounted; the worker spawns at the first file. */
export function useImportReader(): TraceFileReader {
  const [reader] = useState(() => createTraceFileReader({ createWorker }));
  useEffect(() => reader.dispose, [reader]);
  return reader.read;
}
