import type { Frame, Page } from '@playwright/test';

/**
 * In every frame: record uncaught errors; in the cross-site Awaitline frame, deny storage and service workers the
 * way browsers that block third-party storage do, whatever this browser's own policy is.
 */
export async function denyStorageInCrossSiteFrame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { frameErrors: string[]; storageWasDenied: boolean };
    w.frameErrors = [];
    addEventListener('error', (e) => w.frameErrors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.frameErrors.push(String(e.reason)));
    if (window.top === window || location.hostname !== 'localhost') return;
    try {
      void window.localStorage.length;
      w.storageWasDenied = false;
    } catch {
      w.storageWasDenied = true;
    }
    const deny = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { configurable: true, get: deny });
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: deny });
    if (navigator.serviceWorker) {
      Object.defineProperty(navigator.serviceWorker, 'register', {
        configurable: true,
        value: () => Promise.reject(new DOMException('denied', 'SecurityError')),
      });
    }
  });
}

/** The uncaught errors `denyStorageInCrossSiteFrame` recorded in `scope` (the parent page or a frame). */
export function frameErrors(scope: Page | Frame): Promise<string[]> {
  return scope.evaluate(() => (window as unknown as { frameErrors: string[] }).frameErrors);
}
