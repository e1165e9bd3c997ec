// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOnScreen } from './useOnScreen';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Probe() {
  const [ref, onScreen] = useOnScreen<HTMLParagraphElement>();
  return <p ref={ref}>{onScreen ? 'on screen' : 'off screen'}</p>;
}

describe('useOnScreen', () => {
  it('says on screen until an observer says otherwise, then follows what it says', () => {
    let report: (isIntersecting: boolean) => void = () => {};
    const observed: Element[] = [];
    const disconnect = vi.fn();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          report = (isIntersecting) => callback([{ isIntersecting }]);
        }
        observe(element: Element) {
          observed.push(element);
        }
        disconnect = disconnect;
      },
    );
    const { unmount } = render(<Probe />);
    expect(screen.getByText('on screen')).toBeTruthy();
    expect(observed).toEqual([screen.getByText('on screen')]);
    act(() => report(false));
    expect(screen.getByText('off screen')).toBeTruthy();
    act(() => report(true));
    expect(screen.getByText('on screen')).toBeTruthy();
    unmount();
    expect(disconnect).toHaveBeenCalled();
  });

  it('says on screen where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(screen.getByText('on screen')).toBeTruthy();
  });
});
