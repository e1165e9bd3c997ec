import type { AppStore } from '../state';
import { linkFor, linkInputs, loadLink } from '../state/link/registry';

/**
 * The address bar is a view of the app's linkable state (scenario, view, theme, language, presentation, embed:
 * see `url/registry.ts`): a link opens what it names (bad values become notices, never errors), and every change
 * replaces the query (no history entry per keystroke), so the current picture can be shared or embedded as is.
 * Returns the unsubscribe function.
 */
export function syncScenarioWithUrl(store: AppStore, location: Location = window.location): () => void {
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
  return store.subscribe((state) => {
    const next = linkInputs(state);
    if (next.every((value, i) => value === inputs[i])) return;
    inputs = next;
    write();
  });
}
