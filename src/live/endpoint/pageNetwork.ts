import type { NetworkMode } from '../types';
import { appBaseHref } from './baseHref';
import { ensureStorage } from './storageShim';

/**
 * Whether MSW's service worker runs (it answers the workers' blocking requests; the page's own fetches are
 * answered in the page's thread either way), and why not.
 */
export interface PageNetwork {
  readonly mode: NetworkMode;
  /** Short, for the user; null when the service worker answers. */
  readonly reason: string | null;
}

/** The built app has MSW ready in ~0.5–0.9 s (STACK-FACTS); past this the page falls back rather than wait. */
export const SERVICE_WORKER_TIMEOUT_MS = 4_000;

/** One line of an error for the user: MSW's own messages are multi-line and start with "[MSW]". */
const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .replace(/^\[MSW\]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Why the service worker failed, for the user; browsers refuse it in a cross-site iframe (SecurityError). */
function failureReason(error: unknown): string {
  const refused =
    (error instanceof DOMException && error.name === 'SecurityError') ||
    /denied|SecurityError/i.test(errorText(error));
  return refused
    ? `the browser refused a service worker here (usual when the app is embedded on another site): ${errorText(error)}`
    : `the service worker could not start: ${errorText(error)}`;
}

/**
 * Why the service worker cannot be used in this page, before trying it; null when it can be tried.
 * MSW reloads an uncontrolled page that already has its registration (e.g. after a hard reload): opening the
 * Live tab must never reload the app, so that case goes in-thread too.
 */
async function serviceWorkerUnusable(workerUrl: string): Promise<string | null> {
  if (!('serviceWorker' in navigator))
    return 'this page cannot use service workers (private window or not a secure origin)';
  if (navigator.serviceWorker.controller) return null;
  const registrations = await navigator.serviceWorker.getRegistrations();
  const ours = registrations.some((r) =>
    [r.active, r.waiting, r.installing].some((w) => w?.scriptURL === workerUrl),
  );
  return ours
    ? 'the page was hard-reloaded, so the service worker does not control it; reload to use it'
    : null;
}

/** Starts MSW's service worker under the app's base; resolves null when it answers, or why it cannot. */
async function tryServiceWorker(base: string): Promise<string | null> {
  const workerUrl = new URL('mockServiceWorker.js', base).href;
  const unusable = await serviceWorkerUnusable(workerUrl);
  if (unusable !== null) return unusable;
  const [{ setupWorker }, { slowHandler }] = await Promise.all([
    import('msw/browser'),
    import('./slowHandler'),
  ]);
  const worker = setupWorker(slowHandler);
  const starting = worker.start({
    serviceWorker: { url: workerUrl, options: { scope: base } },
    quiet: true,
    onUnhandledFrame: 'bypass',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), SERVICE_WORKER_TIMEOUT_MS)),
  );
  try {
    if ((await Promise.race([starting, timedOut])) !== 'timeout') return null;
    // Late start: stop it so two mocks never answer the same page.
    starting.then(
      () => worker.stop(),
      () => undefined,
    );
    return `the service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS / 1000} s`;
  } catch (error) {
    return failureReason(error);
  } finally {
    clearTimeout(timer);
  }
}

async function start(): Promise<PageNetwork> {
  ensureStorage(); // before any msw import: a cross-site iframe throws on reading localStorage
  const base = appBaseHref();
  const reason = await tryServiceWorker(base).catch(failureReason);
  // The page's own fetches are always answered in the page's thread: the service worker's handler runs on that
  // thread anyway, and skipping its round trip made 100 concurrent requests ~3× cheaper (docs/findings.md).
  // The service worker, when it runs, is what answers the workers' synchronous (blocking) requests.
  try {
    const { startInThreadNetwork } = await import('./inThreadNetwork');
    startInThreadNetwork();
  } catch (error) {
    if (reason === null) return { mode: 'service-worker', reason: null };
    throw new Error(
      `The slow endpoint could not start: ${reason}; in-thread mocking failed too: ${errorText(error)}`,
      { cause: error },
    );
  }
  return reason === null ? { mode: 'service-worker', reason: null } : { mode: 'in-thread', reason };
}

let started: Promise<PageNetwork> | null = null;

/**
 * Starts the slow endpoint for the page: MSW's service worker when the browser allows it, otherwise MSW in
 * the page's own thread. Memoised. Rejects only when neither can start. Create workers after it resolves:
 * a worker created earlier is not controlled by the service worker.
 *
 * @example
 * const { mode, reason } = await startPageNetwork(); // { mode: 'in-thread', reason: 'the browser refused…' }
 */
export function startPageNetwork(): Promise<PageNetwork> {
  started ??= start().catch((error: unknown) => {
    started = null;
    throw error;
  });
  return started;
}
