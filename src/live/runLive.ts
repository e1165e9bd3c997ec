import type { Scenario } from '../trace/scenario';
import { epochNow } from './clock';
import { appBaseHref } from './endpoint/baseHref';
import { startPageNetwork } from './endpoint/pageNetwork';
import { slowUrl } from './endpoint/slowUrl';
import { fetchOutcome } from './host/request';
import { createLiveContext } from './page/liveContext';
import { LiveRecorder } from './page/liveRecorder';
import { watchLongTasks } from './page/longTasks';
import { pageEnv } from './page/pageEnv';
import { checkLive } from './limits';
import { LIVE_RUNNERS } from './runners';
import { spawnStats } from './spawnStats';
import { NO_FAULTS, type LiveReport, type LiveRunOptions } from './types';

let warm: Promise<unknown> | null = null;

/**
 * One request to the mock before the first run's t = 0: the first answer pays one-time costs (waking the
 * service worker, compiling the handler) that are no part of the program being shown.
 */
function warmPage(): Promise<unknown> {
  warm ??= fetchOutcome(slowUrl(appBaseHref(), { ms: 0, id: 'warm-up' }), 5000).catch(() => (warm = null));
  return warm;
}

/**
 * Runs `scenario` for real in this browser tab and resolves with what happened (engine `live`).
 * Cancelling through `options.signal` resolves with the partial trace, marked cancelled; the promise rejects
 * only when the run cannot start or breaks (e.g. the mock endpoint failed to start), with a message for the user.
 */
export async function runLive(scenario: Scenario, options: LiveRunOptions = {}): Promise<LiveReport> {
  const over = checkLive(scenario);
  if (over.length > 0)
    throw new Error(`Live runs allow at most ${over.map((o) => `${o.limit} for ${o.key}`).join(', ')}.`);
  const network = await startPageNetwork();
  await warmPage();
  // A synchronous request from a worker is answered by the service worker, and only once it controls the page.
  const realBlocking = network.mode === 'service-worker' && navigator.serviceWorker?.controller != null;
  const cancel = new AbortController();
  const stopOnAbort = () => cancel.abort();
  options.signal?.addEventListener('abort', stopOnAbort);
  if (options.signal?.aborted) cancel.abort();
  const disposers: (() => void)[] = [];
  const freeze = watchLongTasks();
  const recorder = new LiveRecorder(scenario, epochNow());
  const pageCpu = { ms: 0 };
  const ctx = createLiveContext({
    scenario,
    recorder,
    signal: cancel.signal,
    faults: options.faults ?? NO_FAULTS,
    baseHref: appBaseHref(),
    realBlocking,
    page: pageEnv(recorder, cancel.signal, pageCpu),
    onProgress: options.onProgress,
    disposers,
  });
  const cancelled = new Promise<'cancelled'>((resolve) => {
    if (cancel.signal.aborted) resolve('cancelled');
    cancel.signal.addEventListener('abort', () => resolve('cancelled'));
  });
  let failure: unknown = null;
  const finished = LIVE_RUNNERS[scenario.strategy]
    .run(ctx)
    .then(() => ctx.allFinished)
    .then(
      () => 'finished' as const,
      (error: unknown) => {
        failure = error;
        return 'failed' as const;
      },
    );
  const end = await Promise.race([finished, cancelled]);
  const endedAt = epochNow();
  for (const dispose of disposers) dispose();
  options.signal?.removeEventListener('abort', stopOnAbort);
  const pageFreeze = freeze.stop();
  if (end === 'failed' && !cancel.signal.aborted) {
    throw failure instanceof Error ? failure : new Error(String(failure));
  }
  const wasCancelled = end !== 'finished';
  const spawn = spawnStats(ctx.spawnMs);
  return {
    trace: recorder.trace(wasCancelled ? endedAt : undefined),
    network: network.mode,
    networkReason: network.reason,
    realBlocking,
    freeze: pageFreeze,
    pageCpuMs: pageCpu.ms,
    ...ctx.stats,
    spawnMs: ctx.spawnMs,
    clockSkewMs: Math.max(0, ...ctx.skewMs),
    calibration: spawn ? { startupMs: Math.round(spawn.median * 10) / 10 } : {},
    cancelled: wasCancelled,
  };
}
