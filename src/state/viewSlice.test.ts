import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

describe('view slice', () => {
  it('switches the Gantt view and the theme', () => {
    const store = createAppStore();
    expect(store.getState()).toMatchObject({ ganttView: 'tasks', theme: 'system', domain: null });
    store.getState().setGanttView('lanes');
    store.getState().setTheme('dark');
    expect(store.getState()).toMatchObject({ ganttView: 'lanes', theme: 'dark' });
  });

  it('zooms to a window and treats an empty or inverted window as the whole run', () => {
    const store = createAppStore();
    store.getState().setDomain([100, 250]);
    expect(store.getState().domain).toEqual([100, 250]);
    store.getState().setDomain([250, 250]);
    expect(store.getState().domain).toBeNull();
    store.getState().setDomain([5, 1]);
    expect(store.getState().domain).toBeNull();
    store.getState().setDomain([0, Number.NaN]);
    expect(store.getState().domain).toBeNull();
  });
});
