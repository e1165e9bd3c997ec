import type { SlowQuery } from './contract';
import { draw } from './draw';

/** What the slow endpoint does with one request; decided without MSW so it can be tested in Node. */
export type Answer =
  | { readonly kind: 'ok'; readonly id: string; readonly ms: number }
  /** HTTP 500 after `ms`: a real server fails after doing some of the work, so the failed bar has a length. */
  | { readonly kind: 'fail'; readonly id: string; readonly ms: number }
  /** Never answers: the client's timeout or abort ends the request. */
  | { readonly kind: 'hang' }
  | { readonly kind: 'bad'; readonly error: string };

/**
 * Decides the answer from the query alone (no state, no clock), so a rerun with the same seed sees the same
 * hangs, failures and delays. Hang is drawn first, then fail, then the jitter, each from its own salt.
 *
 * @example answerFor({ ms: 300, id: 'a', jitter: 100, seed: 1 }) // { kind: 'ok', id: 'a', ms: 300 ± up to 100 }
 */
export function answerFor(query: SlowQuery | { readonly error: string }): Answer {
  if ('error' in query) return { kind: 'bad', error: query.error };
  const seed = query.seed ?? 0;
  if (query.hang !== undefined && draw(seed, query.id, 'hang') < query.hang) return { kind: 'hang' };
  const jitter = query.jitter ?? 0;
  const ms = Math.max(0, query.ms + jitter * (2 * draw(seed, query.id, 'jitter') - 1));
  if (query.fail !== undefined && draw(seed, query.id, 'fail') < query.fail)
    return { kind: 'fail', id: query.id, ms };
  return { kind: 'ok', id: query.id, ms };
}
