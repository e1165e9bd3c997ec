import { epochNow } from '../clock';
import type { RequestOutcome } from './env';

/** The URL with the moment it leaves this thread: the mock's delay counts from then (see SlowQuery.sent). */
function stamped(url: string): string {
  return `${url}&sent=${epochNow()}`;
}

/**
 * A request awaited with a timeout; aborting `signal` (cancel) rejects with its reason. One controller and one
 * timer per request, cleared when it ends (AbortSignal.timeout's timer would outlive every answered request).
 */
export async function fetchOutcome(
  url: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<RequestOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    if (signal?.aborted) throw signal.reason;
    const response = await fetch(stamped(url), { signal: controller.signal, cache: 'no-store' });
    await response.arrayBuffer();
    return response.ok ? 'ok' : 'http-error';
  } catch (error) {
    if (signal?.aborted) throw error;
    return timedOut ? 'timeout' : 'http-error';
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * A synchronous request: the calling thread is held until the answer, like `requests.get`. Only for workers
 * (on the page's thread the mock that must answer it would be the thread it blocks).
 */
export function syncRequestOutcome(url: string, timeoutMs: number): RequestOutcome {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', stamped(url), false);
  xhr.timeout = timeoutMs;
  try {
    xhr.send();
  } catch (error) {
    return error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'http-error';
  }
  return xhr.status >= 200 && xhr.status < 300 ? 'ok' : 'http-error';
}
