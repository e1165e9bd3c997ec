/**
 * The slow endpoint's query: `GET <base>api/slow?ms=&id=&jitter=&seed=&fail=&hang=`.
 * - `ms`: answer after this many ms; `jitter`: ± spread in ms, drawn from (`seed`, `id`) so a run is repeatable;
 * - `sent`: when the request left the client (epoch ms); the delay counts from then;
 * - `fail`: probability of HTTP 500; `hang`: probability of never answering (both drawn from `seed`, `id`).
 * It answers 204 with no body; headers `x-slow-id` and `x-slow-ms` (the delay actually used). A bad query gets
 * 400 with JSON `{ error }`.
 */
export interface SlowQuery {
  readonly ms: number;
  readonly id: string;
  readonly jitter?: number;
  readonly seed?: number;
  readonly fail?: number;
  readonly hang?: number;
  /**
   * When the client sent the request (epoch ms, `performance.timeOrigin + now()`): the answer is due at
   * `sent + ms`, however late the mock's code got to run. The mock runs on the thread that sent the request (or
   * on the page's), so a busy thread would otherwise start the server's clock late; a real server's clock
   * starts when the request leaves.
   */
  readonly sent?: number;
}

export const SLOW_PATH = 'api/slow';
