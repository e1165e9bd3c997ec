import type { AppStore } from '../state';
import { scenarioFromSearch, searchFromScenario } from './urlScenario';

/**
 * The address bar is a view of the scenario: a link opens the scenario it names, and every change replaces
 * the query (no history entry per keystroke), so the current picture can be shared or embedded as is.
 * Returns the unsubscribe function.
 */
export function syncScenarioWithUrl(store: AppStore, location: Location = window.location): () => void {
  const linked = scenarioFromSearch(location.search);
  if (linked) store.getState().loadScenario(linked);
  const view = new URLSearchParams(location.search).get('view');
  if (view === 'lanes' || view === 'tasks') store.getState().setGanttView(view);

  const write = () => {
    const { scenario, ganttView } = store.getState();
    const search = searchFromScenario(scenario) + (ganttView === 'lanes' ? '&view=lanes' : '');
    if (search === location.search) return;
    try {
      window.history.replaceState(window.history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Some sandboxed iframes forbid it; the link just stops following the scenario.
    }
  };
  return store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario || state.ganttView !== previous.ganttView) write();
  });
}
