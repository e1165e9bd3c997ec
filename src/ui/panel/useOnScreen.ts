import { useEffect, useState } from 'react';

/**
 * Whether an element is on screen, as an IntersectionObserver last said: a ref callback to put on the element,
 * and the answer (true until the first one, and where there is no IntersectionObserver, e.g. jsdom).
 * @example const [ref, onScreen] = useOnScreen<HTMLDivElement>(); … <div ref={ref}>
 */
export function useOnScreen<E extends Element>(): readonly [(element: E | null) => void, boolean] {
  const [element, setElement] = useState<E | null>(null);
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) =>
      setOnScreen(entries[entries.length - 1].isIntersecting),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, onScreen];
}
