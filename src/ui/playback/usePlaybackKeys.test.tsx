// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../state';
import { ownedElsewhere, usePlaybackKeys } from './usePlaybackKeys';

const times = () => [0, 10, 60, 110];
const openHelp = vi.fn();
function Keys() {
  usePlaybackKeys(110, times, openHelp);
  return <input aria-label="field" />;
}
const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = window) =>
  act(
    () =>
      void target.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
      ),
  );

afterEach(cleanup);
beforeEach(() => act(() => useAppStore.setState({ cursor: null, playing: false, presenting: false })));

describe('usePlaybackKeys', () => {
  it('steps, jumps, plays and opens the help', () => {
    render(<Keys />);
    press('ArrowRight');
    press('ArrowRight');
    expect(useAppStore.getState().cursor).toBe(10);
    press('ArrowRight', { shiftKey: true });
    expect(useAppStore.getState().cursor).toBe(21);
    press('End');
    expect(useAppStore.getState().cursor).toBe(110);
    press('Home');
    press(' ');
    expect(useAppStore.getState().playing).toBe(true);
    press(' ');
    expect(useAppStore.getState().playing).toBe(false);
    press('?');
    expect(openHelp).toHaveBeenCalledTimes(1);
  });

  it('does nothing while typing in a field, or for plain arrows while presenting', () => {
    const { getByLabelText } = render(<Keys />);
    press('End', {}, getByLabelText('field'));
    expect(useAppStore.getState().cursor).toBeNull();
    act(() => useAppStore.setState({ presenting: true }));
    press('ArrowRight');
    expect(useAppStore.getState().cursor).toBeNull();
  });

  it('leaves Space to a focused button and keys to the chart', () => {
    const button = document.createElement('button');
    const chart = document.createElement('div');
    chart.setAttribute('role', 'application');
    expect(ownedElsewhere(button, ' ')).toBe(true);
    expect(ownedElsewhere(button, 'ArrowRight')).toBe(false);
    expect(ownedElsewhere(chart, 'ArrowRight')).toBe(true);
  });
});
