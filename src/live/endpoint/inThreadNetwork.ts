// Imports msw at module load: import only after ensureStorage() (see storageShim.ts).
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { slowHandler } from './slowHandler';

/**
 * Answers the slow endpoint in this thread by patching its `fetch`: no service worker needed, so it works in
 * a worker and in a cross-site iframe. Only `fetch` is patched: a synchronous XHR cannot wait for an answer
 * made on its own thread, so XHRs fall through to the page's service worker (when there is one).
 * Other requests pass through untouched (`bypass`), without a console warning.
 */
export function startInThreadNetwork(): void {
  const network = defineNetwork({
    sources: [new InterceptorSource({ interceptors: [new FetchInterceptor()] })],
    handlers: [slowHandler],
    onUnhandledFrame: 'bypass',
    context: { quiet: true },
  });
  network.enable();
}
