// Imports msw at module load, and msw reads localStorage then: import this file only dynamically, after
// ensureStorage() (see storageShim.ts). All decisions live in answer.ts; this file only speaks MSW.
import { delay, http, HttpResponse } from 'msw';
import { epochNow } from '../clock';
import { answerFor } from './answer';
import { parseSlowQuery, remainingWait } from './slowUrl';

// Every answer is fresh: a cached answer would make a "slow" request instant on a rerun.
const NO_STORE = { 'cache-control': 'no-store' } as const;

/**
 * Answers carry no body: what a task needs is the status and when it came. A body costs a Blob, a stream tee
 * and a read per request in the interceptor: 100 concurrent answers took ~730 ms with a JSON body and ~250 ms
 * without (headless Chromium, docs/findings.md). The id and the delay used travel in headers.
 */
const answered = (id: string, ms: number) => ({ ...NO_STORE, 'x-slow-id': id, 'x-slow-ms': String(ms) });

/**
 * The slow endpoint, `GET …/api/slow`. The leading `*` matches any host and sub-path, so the same handler
 * serves the app at `/`, under `/course/week3/awaitline/` and in an iframe.
 */
export const slowHandler = http.get('*/api/slow', async ({ request }) => {
  const query = parseSlowQuery(new URL(request.url));
  const answer = answerFor(query);
  // Due `ms` after the request left the client, however late this code got to run (see SlowQuery.sent), and
  // never later than `ms` from now: a forged `sent` cannot hold a request past the endpoint's limit.
  const sent = 'error' in query ? undefined : query.sent;
  const wait = (ms: number) => delay(remainingWait(ms, sent, epochNow()));
  switch (answer.kind) {
    case 'bad':
      return HttpResponse.json({ error: answer.error }, { status: 400, headers: NO_STORE });
    case 'hang':
      // Never resolves: the client's AbortSignal (timeout or cancel) is what ends the request.
      await delay('infinite');
      return HttpResponse.json({ error: 'hang ended' }, { status: 504, headers: NO_STORE });
    case 'fail':
      await wait(answer.ms);
      return new HttpResponse(null, {
        status: 500,
        statusText: 'Injected failure',
        headers: answered(answer.id, answer.ms),
      });
    case 'ok':
      await wait(answer.ms);
      return new HttpResponse(null, { status: 204, headers: answered(answer.id, answer.ms) });
  }
});
