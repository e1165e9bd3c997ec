/**
 * The slow endpoint's query: `GET <base>api/slow?ms=&id=&jitter=&seed=&fail=&hang=`.
 * - `ms`: answer after this many ms; `jitter`: ± spread in ms, drawn from (`seed`, `id`) so a run is repeatable;
 * - `fail`: probability of HTTP 500; `hang`: probability of never answering (both drawn from `seed`, `id`).
 * The body is JSON `{ id, ms }` (the delay actually used).
 */
export interface SlowQuery {
  readonly ms: number;
  readonly id: string;
  readonly jitter?: number;
  readonly seed?: number;
  readonly fail?: number;
  readonly hang?: number;
}

export const SLOW_PATH = 'api/slow';
