import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../strategies';
import { createAppStore } from './store';
import { replaceImportedOnEdit, selectShownTrace } from './importSlice';

const scenario = {
  ...defaultScenario('thread-pool'),
  params: { ...defaultScenario('thread-pool').params, tasks: 4 },
};
const trace = simulateScenario(scenario);

describe('import slice', () => {
  it('shows the imported trace and loads its scenario, so the simulation of it can run beside', () => {
    const store = createAppStore();
    store.getState().importTrace({ trace, fileName: 'run.json', format: 'awaitline' });
    const s = store.getState();
    expect(selectShownTrace(s)).toBe(trace);
    expect(s.scenario).toEqual(scenario);
    expect(s.imported?.fileName).toBe('run.json');
  });

  it('a refused file changes nothing but the notice', () => {
    const store = createAppStore();
    store.getState().importTrace({ trace, fileName: 'run.json', format: 'awaitline' });
    const before = store.getState();
    store.getState().refuseImport('bad.json', 'not valid JSON');
    const after = store.getState();
    expect(after.importNotice).toEqual({ kind: 'refused', fileName: 'bad.json', reason: 'not valid JSON' });
    expect(after.imported).toBe(before.imported);
    expect(after.scenario).toBe(before.scenario);
    expect(after.trace).toBe(before.trace);
  });

  it('an edit of the scenario replaces the import by the simulation, and says so', () => {
    const store = createAppStore();
    const stop = replaceImportedOnEdit(store);
    store.getState().importTrace({ trace, fileName: 'run.json', format: 'chrome' });
    expect(store.getState().imported).not.toBeNull(); // the import's own scenario change does not replace it
    store.getState().setCompareWithSim(true);
    store.getState().setField('tasks', 9);
    const s = store.getState();
    expect(s.imported).toBeNull();
    expect(s.compareWithSim).toBe(false);
    expect(s.importNotice).toEqual({ kind: 'replaced', fileName: 'run.json' });
    stop();
  });

  it('"back to the simulation" closes it without a notice', () => {
    const store = createAppStore();
    store.getState().importTrace({ trace, fileName: 'run.json', format: 'awaitline' });
    store.getState().closeImported();
    expect(store.getState().imported).toBeNull();
    expect(store.getState().importNotice).toBeNull();
  });
});
