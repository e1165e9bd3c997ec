import { epochNow } from '../clock';
import { burn } from '../host/burn';
import type { TaskEnv } from '../host/env';
import { fetchOutcome } from '../host/request';
import type { LiveRecorder } from './liveRecorder';

/**
 * The page's own thread as a place to run tasks (the main process's event loop). CPU work here really
 * freezes the page; a blocking request here could never be answered, so there is none.
 */
export function pageEnv(recorder: LiveRecorder, signal: AbortSignal, burned: { ms: number }): TaskEnv {
  return {
    state: (task, state, lane) => recorder.state(task, state, lane, epochNow()),
    event: (kind, task, lane) => recorder.event(kind, epochNow(), lane, task),
    asyncRequest: (url, timeoutMs) => fetchOutcome(url, timeoutMs, signal),
    blockingRequest: () =>
      Promise.reject(new Error('Blocking requests run in workers, never on the page thread.')),
    cpu: (task, lane, ms) => {
      recorder.state(task, 'running', lane, epochNow());
      burn(ms);
      burned.ms += ms;
    },
  };
}
