import { answerFor } from '../live/endpoint/answer';

/** The tutorial's slow endpoint, as the copied programs and the tutorial name it. */
export const TUTORIAL_ENDPOINT = 'http://127.0.0.1:5000/';
/** The tutorial's Flask app sleeps 3 s before answering; a URL without `ms=` gets that. */
export const TUTORIAL_LATENCY_MS = 3000;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** What the page tells Python about one request: the mock endpoint's answer, or why nothing answers. */
export type PythonAnswer =
  | { readonly kind: 'ok' | 'fail'; readonly id: string; readonly ms: number }
  | { readonly kind: 'hang'; readonly id: string }
  | { readonly kind: 'refused'; readonly error: string };

function numberParam(params: URLSearchParams, key: string): number | undefined | null {
  const raw = params.get(key);
  if (raw === null) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Answers a request of the learner's program with the mock endpoint's contract (`answerFor`): the same query
 * (`ms`, `jitter`, `seed`, `fail`, `hang`, `id`) gives the same delay, failure or hang as in Live mode and in
 * `tools/slow_server.py`. Only a local host answers (the tutorial's `http://127.0.0.1:5000/`): anything else
 * is refused, as a machine without that server would.
 *
 * @example answerForUrl('http://127.0.0.1:5000/?ms=300', 'r1', 0) // { kind: 'ok', id: 'r1', ms: 300 }
 */
export function answerForUrl(url: string, fallbackId: string, seed: number): PythonAnswer {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', error: `not a URL: ${url.slice(0, 80)}` };
  }
  if (!/^https?:$/.test(parsed.protocol) || !LOCAL_HOSTS.has(parsed.hostname))
    return { kind: 'refused', error: `${parsed.host} (only ${TUTORIAL_ENDPOINT} answers here)` };
  const p = parsed.searchParams;
  const ms = numberParam(p, 'ms');
  const jitter = numberParam(p, 'jitter');
  const fail = numberParam(p, 'fail');
  const hang = numberParam(p, 'hang');
  const querySeed = numberParam(p, 'seed');
  if ([ms, jitter, fail, hang, querySeed].includes(null))
    return { kind: 'refused', error: `bad query: ${parsed.search.slice(0, 80)}` };
  const id = p.get('id')?.slice(0, 64) || fallbackId;
  const answer = answerFor({
    ms: ms ?? TUTORIAL_LATENCY_MS,
    id,
    jitter: jitter ?? undefined,
    seed: querySeed ?? seed,
    fail: fail ?? undefined,
    hang: hang ?? undefined,
  });
  switch (answer.kind) {
    case 'ok':
    case 'fail':
      return { kind: answer.kind, id, ms: answer.ms };
    case 'hang':
      return { kind: 'hang', id };
    case 'bad':
      return { kind: 'refused', error: answer.error };
  }
}
