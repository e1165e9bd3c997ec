import type { AppStore } from '../state';
import { linkFor, linkInputs, loadLink } from '../state/link/registry';

/**
 * The address bar is a view of the app's linkable state (scenario, view, theme, language, presentation, embed:
 * see `url/registry.ts`): a link opens what it names (bad values become notices, never errors), and every change
 * replaces the query (no history entry per keystroke), so the current picture can be shared or embedded as is.
 * The address is written once a burst of changes (a slider drag, a run of key presses) has been quiet for
 * {@link LINK_QUIET_MS} and when the page is hidden: `history.replaceState` is synchronous and costs the browser milliseconds that
 * belong to the picture. Returns the unsubscribe function.
 */
export function syncLinkWithUrl(
  store: AppStore,
  location: Location = window.location,
  later: (write: () => void) => void = afterQuiet(),
): () => void {
  store.getState().setLinkNotices(loadLink(location.search, store.getState));

  const write = () => {
    const search = linkFor(store.getState());
    if (search === location.search) return;
    try {
      window.history.replaceState(window.history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Some sandboxed iframes forbid it; the link just stops following the scenario.
    }
  };
  let inputs = linkInputs(store.getState());
  const unsubscribe = store.subscribe((state) => {
    const next = linkInputs(state);
    if (next.every((value, i) => value === inputs[i])) return;
    inputs = next;
    later(write);
  });
  // Leaving or reloading the page mid-burst still leaves the address naming what was on screen.
  const flush = () => write();
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
  };
}

/** How long the link's inputs must stay unchanged before the address is written, ms. */
export const LINK_QUIET_MS = 150;

/**
 * A scheduler that runs only the last function it was given, once nothing new has come for
 * {@link LINK_QUIET_MS} (each call restarts the wait): one address write per burst, after its pictures.
 */
function afterQuiet(): (fn: () => void) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (fn) => {
    clearTimeout(timer);
    timer = setTimeout(fn, LINK_QUIET_MS);
  };
}
