import type { PageFreeze } from '../types';

/**
 * Watches the page's own thread for long tasks (Long Tasks API: anything holding it over 50 ms), which is what
 * CPU work on the page's thread does to the page. `stop()` returns what was seen.
 */
export function watchLongTasks(): { stop(): PageFreeze } {
  const durations: number[] = [];
  let observer: PerformanceObserver | null = null;
  if (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('longtask')
  ) {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
  }
  return {
    stop() {
      if (observer) {
        for (const entry of observer.takeRecords()) durations.push(entry.duration);
        observer.disconnect();
      }
      const totalMs = durations.reduce((a, b) => a + b, 0);
      return {
        count: durations.length,
        totalMs: Math.round(totalMs),
        longestMs: Math.round(Math.max(0, ...durations)),
      };
    },
  };
}
