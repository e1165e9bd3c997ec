/**
 * MSW builds its cookie store from `localStorage` as soon as it is imported. A dedicated worker has no
 * `localStorage`, and a cross-site iframe that blocks third-party storage throws a SecurityError on reading
 * it; either way importing MSW would throw. The slow endpoint needs no persistence, so memory will do.
 */

/** A Storage kept in a Map: same API, nothing persisted, nothing shared between threads. */
export function createMemoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(String(key)) ?? null,
    setItem: (key, value) => void items.set(String(key), String(value)),
    removeItem: (key) => void items.delete(String(key)),
    clear: () => items.clear(),
  };
}

/** Whether `localStorage` exists and can be read here (reading may throw, so this must be tried). */
function storageUsable(): boolean {
  try {
    const storage: Storage | undefined = globalThis.localStorage;
    return typeof storage?.getItem === 'function' && (storage.getItem('awaitline:probe'), true);
  } catch {
    return false;
  }
}

/**
 * Makes `globalThis.localStorage` usable, installing an in-memory one when it is missing or throws.
 * Call it before MSW is imported, and import MSW dynamically after it (a static import runs first).
 * Returns whether the stand-in had to be installed.
 *
 * @example
 * ensureStorage();
 * const { setupWorker } = await import('msw/browser');
 */
export function ensureStorage(): boolean {
  if (storageUsable()) return false;
  // defineProperty, not assignment: the browser's own localStorage is a getter that may throw, and
  // assigning to a getter-only property is silently ignored (or throws in strict mode).
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    enumerable: true,
    writable: true,
    value: createMemoryStorage(),
  });
  return true;
}
