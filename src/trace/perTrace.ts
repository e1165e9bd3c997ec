import type { Trace } from './types';

/**
 * Memoises a derived view per trace object: a trace is never changed once built, so a view of it (a series, a
 * summary) is computed once however many panels read it. Held weakly, so a dropped trace frees its views.
 *
 * @example export const inFlightSeries = perTrace(computeInFlight);
 */
export function perTrace<T>(derive: (trace: Trace) => T): (trace: Trace) => T {
  const cache = new WeakMap<Trace, T>();
  return (trace) => {
    let value = cache.get(trace);
    if (value === undefined) {
      value = derive(trace);
      cache.set(trace, value);
    }
    return value;
  };
}
