import { ensureStorage } from './storageShim';

let started: Promise<void> | null = null;

/**
 * Starts the slow endpoint inside a dedicated Web Worker; await it before the worker's first request.
 * The handler then runs on the worker's own thread, so a busy page cannot delay the worker's answers
 * (through the service worker, answers are made on the page's thread). Memoised; a failed start may be retried.
 *
 * @example
 * // liveWorker.ts, on 'init'
 * await startWorkerNetwork();
 */
export function startWorkerNetwork(): Promise<void> {
  started ??= (async () => {
    ensureStorage(); // workers have no localStorage, and msw reads it on import
    const { startInThreadNetwork } = await import('./inThreadNetwork');
    startInThreadNetwork();
  })().catch((error: unknown) => {
    started = null;
    throw error;
  });
  return started;
}
