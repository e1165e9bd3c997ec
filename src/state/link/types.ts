import type { AppState, LinkReason } from '..';

/** One `key=value` pair of a query, in the order it is written. */
export type QueryEntry = readonly [key: string, value: string];

/** A value read from a link, with the key it came under (a feature may accept aliases). */
export interface QueryValue {
  readonly key: string;
  readonly value: string;
}

/** The link's query as features see it: each key is read at most once, and rejections become notices. */
export interface QueryReader {
  /** The first value under the first of `keys` present in the query (repeats become notices); null if none. */
  readonly take: (keys: readonly string[]) => QueryValue | null;
  /** Records that a value was ignored, and why. */
  readonly reject: (read: QueryValue, reason: LinkReason) => void;
}

/**
 * A feature's share of the URL: the keys it owns, how it reads them, how it writes the app's state back, and
 * how it connects to the store. `read` returns undefined when the link does not mention the feature, and the
 * app then keeps what it had; `write` leaves out values equal to the defaults, so links stay short.
 */
export interface UrlFeature<T> {
  /** Every query key the feature reads (aliases included); keys no feature owns are reported as unknown. */
  readonly keys: readonly string[];
  readonly read: (query: QueryReader) => T | undefined;
  /** Sets what the app starts with when the link does not mention the feature (e.g. the browser's language). */
  readonly init?: (state: AppState) => void;
  /** The feature's value as the app holds it now (compared by identity to skip needless re-encoding). */
  readonly select: (state: AppState) => T;
  /** Puts a value read from a link into the app, through the store's actions. */
  readonly apply: (value: T, state: AppState) => void;
  readonly write: (value: T) => readonly QueryEntry[];
}

/** Declares a feature (a typed identity: it checks that read, select, apply and write agree on `T`). */
export function urlFeature<T>(feature: UrlFeature<T>): UrlFeature<T> {
  return feature;
}
