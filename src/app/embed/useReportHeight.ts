import { useEffect } from 'react';

/** The message an embedded Awaitline posts to its parent page: `{ type: 'awaitline:height', height }`. */
export interface HeightMessage {
  readonly type: 'awaitline:height';
  readonly height: number;
}

/**
 * The parent page's origin when the browser tells it (`location.ancestorOrigins` in Chromium and Safari, else
 * the referrer the frame was loaded from); `'*'` when unknown: the height is no secret, and course pages live
 * anywhere.
 */
export function parentOrigin(ancestors: ArrayLike<string> | undefined, referrer: string): string {
  const first = ancestors !== undefined && ancestors.length > 0 ? ancestors[0] : undefined;
  if (first !== undefined && first !== 'null') return first;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? '*' : origin;
  } catch {
    return '*';
  }
}

/**
 * Tells the parent page (if any) how tall the content is, on load and on every size change, so the page can
 * size the iframe to fit; posted to the parent's origin where known.
 */
export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    const target = parentOrigin(window.location.ancestorOrigins, document.referrer);
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: 'awaitline:height', height };
      try {
        window.parent.postMessage(message, target);
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
