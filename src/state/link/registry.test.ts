import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../strategies';
import { createAppStore } from '..';
import { linkFor, loadLink } from './registry';

const open = (search: string) => {
  const store = createAppStore();
  const notices = loadLink(search, store.getState);
  return { state: store.getState(), notices };
};

describe('the link registry', () => {
  it('writes v=1, the strategy and only what differs from the defaults', () => {
    const { state } = open('');
    expect(linkFor(state)).toBe('?v=1&strategy=sequential');
    const d = defaultScenario('thread-pool');
    const store = createAppStore();
    store.getState().loadScenario({ ...d, params: { ...d.params, workers: 8, tasks: 30 }, seed: 77 });
    store.getState().setGanttView('lanes');
    store.getState().setTheme('dark');
    expect(linkFor(store.getState())).toBe(
      '?v=1&strategy=thread-pool&tasks=30&workers=8&seed=77&view=lanes&theme=dark',
    );
  });

  it('reads back exactly what it wrote (round trip), with no notice', () => {
    const store = createAppStore();
    const d = defaultScenario('aiomultiprocess');
    store.getState().loadScenario({
      ...d,
      params: { ...d.params, latencyMs: 250, jitterMs: 40, jitterKind: 'lognormal' },
      seed: 3,
    });
    store.getState().setPresenting(true);
    store.getState().setEmbed({ controls: ['tasks', 'latency'] });
    const search = linkFor(store.getState());
    expect(search).toContain('embed=1&controls=tasks,latency&strategy=aiomultiprocess');
    const reopened = open(search);
    expect(reopened.notices).toEqual([]);
    expect(reopened.state.scenario).toEqual(store.getState().scenario);
    expect(reopened.state.presenting).toBe(true);
    expect(reopened.state.embed).toEqual({ controls: ['tasks', 'latency'] });
    expect(linkFor(reopened.state)).toBe(search);
  });

  it('names each ignored value and keeps the default for it', () => {
    const { state, notices } = open('?strategy=gather&tasks=abc&latency=250&view=grid&colour=red');
    expect(state.scenario).toEqual({
      ...defaultScenario('asyncio-gather'),
      params: { ...defaultScenario('asyncio-gather').params, latencyMs: 250 },
    });
    expect(notices).toEqual([
      {
        kind: 'invalid',
        key: 'tasks',
        value: 'abc',
        reason: { code: 'number', min: 1, max: 100000, whole: true },
      },
      {
        kind: 'invalid',
        key: 'view',
        value: 'grid',
        reason: { code: 'choice', choices: ['tasks', 'lanes'] },
      },
      { kind: 'unknown', keys: ['colour'] },
    ]);
  });

  it('reads links written before versioning (no v) silently, and flags another version', () => {
    expect(open('?strategy=thread-pool&workers=8').notices).toEqual([]);
    expect(open('?v=2&strategy=thread-pool').notices).toEqual([{ kind: 'version', value: '2' }]);
  });

  it('uses the first of repeated keys and ignores tracking keys quietly', () => {
    const { state, notices } = open('?tasks=7&tasks=9&utm_source=moodle&fbclid=x');
    expect(state.scenario.params.tasks).toBe(7);
    expect(notices).toEqual([{ kind: 'duplicate', key: 'tasks', value: '9' }]);
  });
});
