import { useLayoutEffect, useState } from 'react';

/** Width used before the element is measured, and where it cannot be (jsdom has no layout). */
export const FALLBACK_WIDTH = 760;

/**
 * The content width of an element, kept current with a ResizeObserver where the browser has one; `fallback`
 * until it is measured and while it has none (pass 0 to draw nothing until then).
 * Pass the element from a callback ref (`ref={setElement}`).
 * @example const [frame, setFrame] = useState<HTMLDivElement | null>(null); const width = useElementWidth(frame);
 */
export function useElementWidth(element: HTMLElement | null, fallback = FALLBACK_WIDTH): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    if (element === null) return;
    // clientWidth is in the element's own CSS px; a bounding box is in the page's, which presentation mode zooms.
    const measure = () => setWidth(element.clientWidth > 0 ? element.clientWidth : fallback);
    // Measure before paint so the first frame already has the right width.
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fallback]);
  return width;
}
