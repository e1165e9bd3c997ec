import { beforeEach, describe, expect, it } from 'vitest';
import { defaultParams, PARAM_SPECS } from '../strategies';
import { createAppStore } from './store';

let store = createAppStore();
beforeEach(() => {
  store = createAppStore();
});

describe('scenario slice', () => {
  it('starts on a valid scenario with its strategy defaults', () => {
    const { scenario } = store.getState();
    expect(scenario.params).toEqual(defaultParams(scenario.strategy));
  });

  it('picking a strategy keeps the shared work and the seed, loads its own knobs, and clears drafts, errors and zoom', () => {
    const s = store.getState();
    s.setField('seed', 7);
    s.setField('tasks', 100);
    s.setFieldText('tasks', 'abc');
    s.setDomain([10, 20]);
    store.getState().pickStrategy('thread-pool');
    const next = store.getState();
    expect(next.scenario).toEqual({
      strategy: 'thread-pool',
      params: {
        ...defaultParams('thread-pool'),
        tasks: 100,
        latencyMs: defaultParams('sequential').latencyMs,
      },
      seed: 7,
    });
    expect(next.drafts).toEqual({});
    expect(next.fieldErrors).toEqual({});
    expect(next.domain).toBeNull();
  });

  it('accepts typed text in range, keeping the raw text as the draft', () => {
    const ok = store.getState().setFieldText('tasks', ' 12 ');
    const s = store.getState();
    expect(ok).toBe(true);
    expect(s.scenario.params.tasks).toBe(12);
    expect(s.drafts.tasks).toBe(' 12 ');
    expect(s.fieldErrors.tasks).toBeUndefined();
  });

  it('rejects out-of-range text: the error shows, the last valid scenario stays', () => {
    const before = store.getState().scenario;
    const tooMany = String(PARAM_SPECS.tasks.max + 1);
    expect(store.getState().setFieldText('tasks', tooMany)).toBe(false);
    const s = store.getState();
    expect(s.scenario).toBe(before);
    expect(s.drafts.tasks).toBe(tooMany);
    expect(s.fieldErrors.tasks).toMatchObject({ code: 'out-of-range', key: 'tasks' });
  });

  it('a rejected value puts the field back to the value on screen, dropping a half-typed prefix', () => {
    const shown = store.getState().scenario;
    store.getState().completeRun(store.getState().beginRun(), { scenario: shown } as never);
    store.getState().setFieldText('tasks', '1');
    store.getState().setFieldText('tasks', '10');
    expect(store.getState().scenario.params.tasks).toBe(10);
    store.getState().setFieldText('tasks', '1000000');
    expect(store.getState().scenario).toEqual(shown);
    expect(store.getState().drafts.tasks).toBe('1000000');
  });

  it('rejects text that is not a number', () => {
    const before = store.getState().scenario;
    store.getState().setFieldText('latencyMs', '12ms!');
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().fieldErrors.latencyMs).toEqual({ code: 'enter-number', key: 'latencyMs' });
  });

  it('a later valid value clears the error', () => {
    store.getState().setFieldText('tasks', 'x');
    store.getState().setField('tasks', 5);
    const s = store.getState();
    expect(s.fieldErrors.tasks).toBeUndefined();
    expect(s.drafts.tasks).toBeUndefined();
    expect(s.scenario.params.tasks).toBe(5);
  });

  it('revertField drops the draft and error, showing the valid value again', () => {
    store.getState().setFieldText('tasks', '-3');
    store.getState().revertField('tasks');
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().fieldErrors).toEqual({});
  });

  it('validates the seed as a whole number in range', () => {
    expect(store.getState().setFieldText('seed', '1.5')).toBe(false);
    expect(store.getState().setField('seed', 2 ** 32)).toBe(false);
    expect(store.getState().setFieldText('seed', '99')).toBe(true);
    expect(store.getState().scenario.seed).toBe(99);
  });

  it('remembers whether the last change came from a dragged slider (its pictures may follow a frame behind)', () => {
    expect(store.getState().dragging).toBe(false);
    store.getState().setField('latencyMs', 900, 'drag');
    expect(store.getState().dragging).toBe(true);
    store.getState().setField('latencyMs', 950);
    expect(store.getState().dragging).toBe(false);
    store.getState().setField('latencyMs', 900, 'drag');
    store.getState().setFieldText('latencyMs', '800');
    expect(store.getState().dragging).toBe(false);
  });

  it('sets the jitter kind', () => {
    store.getState().setJitterKind('lognormal');
    expect(store.getState().scenario.params.jitterKind).toBe('lognormal');
  });

  it('loads a valid scenario from a link and refuses an invalid one', () => {
    const link = {
      strategy: 'thread-pool',
      params: { ...defaultParams('thread-pool'), workers: 8 },
      seed: 3,
    } as const;
    expect(store.getState().loadScenario(link)).toBe(true);
    expect(store.getState().scenario).toEqual(link);
    expect(store.getState().loadScenario({ ...link, params: { ...link.params, tasks: -1 } })).toBe(false);
    expect(store.getState().scenario).toEqual(link);
  });

  it('resetParams goes back to the defaults, shared work included, after a strategy switch', () => {
    store.getState().setField('tasks', 3);
    store.getState().pickStrategy('asyncio-gather');
    expect(store.getState().scenario.params.tasks).toBe(3);
    store.getState().resetParams();
    const { scenario } = store.getState();
    expect(scenario.params).toEqual(defaultParams(scenario.strategy));
  });
});
