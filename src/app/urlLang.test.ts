// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../state';
import { syncLinkWithUrl } from './urlSync';

/** Opens `search` in the jsdom window and syncs a fresh store with it. */
function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const store = createAppStore() as unknown as AppStore;
  const stop = syncLinkWithUrl(store, window.location, (write) => write());
  return { store, stop };
}

afterEach(() => vi.restoreAllMocks());

describe('language in the URL', () => {
  it('starts in the language the link names, and drops it from the URL when switched to the browser’s', () => {
    const { store, stop } = open('?strategy=thread-pool&lang=zh-CN');
    expect(store.getState().lang).toBe('zh-CN');
    const query = () => new URLSearchParams(window.location.search);
    store.getState().setLang('en');
    expect(query().get('lang')).toBeNull();
    expect(query().get('strategy')).toBe('thread-pool');
    store.getState().setLang('zh-CN');
    expect(query().get('lang')).toBe('zh-CN');
    expect(query().get('strategy')).toBe('thread-pool');
    stop();
  });

  it('follows a Chinese browser when the link names no language, and keeps a switch to English', () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'en']);
    const { store, stop } = open('?strategy=sequential');
    expect(store.getState().lang).toBe('zh-CN');
    store.getState().setLang('en');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    stop();
  });

  it('ignores a language it does not speak', () => {
    const { store, stop } = open('?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(store.getState().lang).toBe('en');
    stop();
  });
});
