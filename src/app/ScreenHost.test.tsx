// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Chunks under the test's control: Compare and Live have loaded, Scaling is still on its way. */
const mounts = { compare: 0, scaling: 0 };
let loadScaling: () => void = () => {};
vi.mock('./screens', () => {
  const screen = (name: keyof typeof mounts) =>
    function Screen() {
      useEffect(() => {
        mounts[name] += 1;
      }, []);
      return <p>{name} screen</p>;
    };
  return {
    compareChunk: Promise.resolve({ CompareHost: screen('compare') }),
    scalingChunk: new Promise((resolve) => {
      loadScaling = () => resolve({ ScalingHost: screen('scaling') });
    }),
    liveChunk: Promise.resolve({ LiveHost: () => <p>live screen</p> }),
  };
});

const { ScreenHost } = await import('./ScreenHost');

afterEach(cleanup);

describe('<ScreenHost>', () => {
  it('draws a screen whose chunk has loaded in the render that opens its tab, without a fallback first', () => {
    // React's lazy component would suspend here (its promise read as pending) and reveal the screen 300 ms later.
    const { container } = render(<ScreenHost tab="compare" />);
    expect(screen.getByText('compare screen')).toBeTruthy();
    expect(container.querySelector('.screen-loading')).toBeNull();
  });

  it('shows the fallback while a chunk is on its way, then the screen, mounted once across later renders', async () => {
    const { container, rerender } = render(<ScreenHost tab="scaling" />);
    expect(container.querySelector('.screen-loading')).not.toBeNull();
    await act(async () => loadScaling());
    expect(await screen.findByText('scaling screen')).toBeTruthy();
    rerender(<ScreenHost tab="scaling" />);
    rerender(<ScreenHost tab="scaling" />);
    expect(screen.getByText('scaling screen')).toBeTruthy();
    expect(mounts.scaling).toBe(1);
  });

  it('mounts a new screen when the tab changes', () => {
    const { rerender } = render(<ScreenHost tab="compare" />);
    rerender(<ScreenHost tab="live" />);
    expect(screen.getByText('live screen')).toBeTruthy();
    expect(screen.queryByText('compare screen')).toBeNull();
  });
});
