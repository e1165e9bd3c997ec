import type { AppStore } from '../state';
import { linkFor, linkInputs, loadLink } from '../state/link/registry';

/**
 * The address bar is a view of the app's linkable state (scenario, view, theme, language, presentation, embed:
 * see `url/registry.ts`): a link opens what it names (bad values become notices, never errors), and every change
 * replaces the query (no history entry per keystroke), so the current picture can be shared or embedded as is.
 * The address is written once the frame showing the change has been painted (`later`), and a burst of changes
 * (a slider drag) writes it once: `history.replaceState` is synchronous and costs the browser milliseconds that
 * belong to the picture. Returns the unsubscribe function.
 */
export function syncLinkWithUrl(
  store: AppStore,
  location: Location = window.location,
  later: (write: () => void) => void = afterPaint,
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
  let pending = false;
  return store.subscribe((state) => {
    const next = linkInputs(state);
    if (next.every((value, i) => value === inputs[i])) return;
    inputs = next;
    if (pending) return;
    pending = true;
    later(() => {
      pending = false;
      write();
    });
  });
}

/** Runs `fn` after the next frame has been painted. */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
