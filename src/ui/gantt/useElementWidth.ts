import { useLayoutEffect, useState } from 'react';

/** Width used before the element is measured, and where it cannot be (jsdom has no layout). */
export const FALLBACK_WIDTH = 760;

/**
 * The content width of an element, kept current with a ResizeObserver where the browser has one.
 * Pass the element from a callback ref (`ref={setElement}`).
 */
export function useElementWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    if (element === null) return;
    const measure = () => setWidth(element.clientWidth > 0 ? element.clientWidth : FALLBACK_WIDTH);
    // Measure before paint so the first frame already has the right width.
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
