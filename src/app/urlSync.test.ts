// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../state';
import { LINK_QUIET_MS, syncLinkWithUrl } from './urlSync';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the address follows the app once per burst', () => {
  it('writes the address once, after a burst of changes has been quiet, naming the last change', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?strategy=asyncio-gather');
    const store = createAppStore() as unknown as AppStore;
    const replace = vi.spyOn(window.history, 'replaceState');
    const stop = syncLinkWithUrl(store);
    for (const theme of ['dark', 'light', 'dark'] as const) {
      store.getState().setTheme(theme);
      vi.advanceTimersByTime(LINK_QUIET_MS / 3);
    }
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(LINK_QUIET_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(new URLSearchParams(window.location.search).get('theme')).toBe('dark');
    stop();
  });

  it('writes a pending change at once when the page is hidden (a reload mid-burst keeps it)', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?strategy=asyncio-gather');
    const store = createAppStore() as unknown as AppStore;
    const stop = syncLinkWithUrl(store);
    store.getState().setTheme('dark');
    window.dispatchEvent(new Event('pagehide'));
    expect(new URLSearchParams(window.location.search).get('theme')).toBe('dark');
    stop();
  });
});
