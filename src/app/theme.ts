import { useLayoutEffect, useSyncExternalStore } from 'react';
import { selectTheme, useAppStore, type AppStore, type ThemeChoice } from '../state';

const STORAGE_KEY = 'awaitline.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

/** localStorage, or nothing: cross-site iframes (course platforms) deny it, and that must not break the app. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Restores the saved theme choice and saves every change. Returns the unsubscribe function. */
export function persistTheme(store: AppStore): () => void {
  try {
    const saved = storage()?.getItem(STORAGE_KEY);
    if (saved === 'light' || saved === 'dark' || saved === 'system') store.getState().setTheme(saved);
  } catch {
    // Storage can throw on read too (quota, privacy mode): keep the default.
  }
  return store.subscribe((state, previous) => {
    if (state.theme === previous.theme) return;
    try {
      storage()?.setItem(STORAGE_KEY, state.theme);
    } catch {
      // Not saved; the choice still holds for this visit.
    }
  });
}

const subscribeDark = (onChange: () => void) => {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};
const systemIsDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/** The theme actually shown: the choice, with "system" resolved through `prefers-color-scheme`. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice: ThemeChoice = useAppStore(selectTheme);
  const dark = useSyncExternalStore(subscribeDark, systemIsDark, () => false);
  return choice === 'system' ? (dark ? 'dark' : 'light') : choice;
}

/** Puts the resolved theme on <html data-theme>, where the CSS variables read it. */
export function useDocumentTheme(): void {
  const theme = useResolvedTheme();
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
