import { useEffect } from 'react';

/** The message an embedded Awaitline posts to its parent page: `{ type: 'awaitline:height', height }`. */
export interface HeightMessage {
  readonly type: 'awaitline:height';
  readonly height: number;
}

/**
 * Tells the parent page (if any) how tall the content is, on load and on every size change, so the page can
 * size the iframe to fit. The target is `'*'`: the height is not a secret, and course pages live anywhere.
 */
export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: 'awaitline:height', height };
      try {
        window.parent.postMessage(message, '*');
      } catch {
        // A parent that went away: nothing to tell.
      }
    };
    report();
    window.addEventListener('load', report);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(report);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('load', report);
      observer?.disconnect();
    };
  }, []);
}
