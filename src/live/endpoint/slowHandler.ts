// Imports msw at module load, and msw reads localStorage then: import this file only dynamically, after
// ensureStorage() (see storageShim.ts). All decisions live in answer.ts; this file only speaks MSW.
import { delay, http, HttpResponse } from 'msw';
import { answerFor } from './answer';
import { parseSlowQuery } from './slowUrl';

// Every answer is fresh: a cached answer would make a "slow" request instant on a rerun.
const NO_STORE = { 'cache-control': 'no-store' } as const;

/**
 * The slow endpoint, `GET …/api/slow`. The leading `*` matches any host and sub-path, so the same handler
 * serves the app at `/`, under `/course/week3/awaitline/` and in an iframe.
 */
export const slowHandler = http.get('*/api/slow', async ({ request }) => {
  const answer = answerFor(parseSlowQuery(new URL(request.url)));
  switch (answer.kind) {
    case 'bad':
      return HttpResponse.json({ error: answer.error }, { status: 400, headers: NO_STORE });
    case 'hang':
      // Never resolves: the client's AbortSignal (timeout or cancel) is what ends the request.
      await delay('infinite');
      return HttpResponse.json({ error: 'hang ended' }, { status: 504, headers: NO_STORE });
    case 'fail':
      await delay(answer.ms);
      return HttpResponse.json(
        { id: answer.id, error: 'injected failure' },
        { status: 500, headers: NO_STORE },
      );
    case 'ok':
      await delay(answer.ms);
      return HttpResponse.json({ id: answer.id, ms: answer.ms }, { headers: NO_STORE });
  }
});
