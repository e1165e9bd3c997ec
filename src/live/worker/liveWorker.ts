/**
 * A live worker: a process (or a thread) of the Python program, running task plans the page sends it and
 * reporting every state change. Requests are answered by MSW inside this thread (so a busy page cannot delay
 * them); blocking requests are real synchronous XHRs when the page's service worker can answer them.
 */
import { epochNow } from '../clock';
import { executeTask } from '../host/executeTask';
import { fetchOutcome, syncRequestOutcome } from '../host/request';
import { burn } from '../host/burn';
import type { TaskEnv } from '../host/env';
import type { FromWorker, ToWorker } from '../protocol';
import { startWorkerNetwork } from '../endpoint/workerNetwork';
import { slowUrl } from '../endpoint/slowUrl';
import { GilClient } from './gilClient';

const post = (message: FromWorker) => self.postMessage(message);
const gil = new GilClient(post);
let realBlocking = false;

const env: TaskEnv = {
  state: (task, state, lane) => post({ type: 'state', task, state, lane, t: epochNow() }),
  event: (kind, task, lane) => post({ type: 'event', kind, task, lane, t: epochNow() }),
  asyncRequest: (url, timeoutMs) => fetchOutcome(url, timeoutMs),
  // Without the service worker a synchronous request cannot be answered; the page then sends this thread one
  // task at a time, so awaiting the answer holds the thread just the same.
  blockingRequest: async (url, timeoutMs) =>
    realBlocking ? syncRequestOutcome(url, timeoutMs) : fetchOutcome(url, timeoutMs),
  cpu: (task, lane, ms, useGil) => {
    if (useGil) return gil.run(ms, (state) => post({ type: 'state', task, state, lane, t: epochNow() }));
    env.state(task, 'running', lane);
    burn(ms);
  },
};

/** One request each way before taking work: first answers pay one-time costs, part of this worker's start-up. */
async function warmUp(baseHref: string): Promise<void> {
  const url = slowUrl(baseHref, { ms: 0, id: 'warm-up' });
  await fetchOutcome(url, 5000);
  if (realBlocking) syncRequestOutcome(url, 5000);
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'init':
      realBlocking = message.realBlocking;
      await startWorkerNetwork();
      await warmUp(message.baseHref);
      post({ type: 'ready' });
      return;
    case 'ping':
      post({ type: 'pong', at: epochNow(), sentAt: message.sentAt });
      return;
    case 'task': {
      const outcome = await executeTask(message.plan, env);
      post({ type: 'end', task: message.plan.task, outcome, t: epochNow() });
      return;
    }
    case 'gil-grant':
      gil.granted();
      return;
    case 'gil-wanted':
      gil.askedToYield();
      return;
  }
}

// A rejection would be unhandled in this thread, never reaching the page's `onerror`: report it instead.
self.onmessage = (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
