import type { StrategyId } from '../../trace/scenario';
import { aiomultiprocessLive } from './aiomultiprocess';
import { asyncBlockingLive } from './asyncBlocking';
import { asyncioGatherLive } from './asyncioGather';
import { asyncioSemaphoreLive } from './asyncioSemaphore';
import { asyncioWaitLive } from './asyncioWait';
import { doneCallbacksLive } from './doneCallbacks';
import { processPoolLive } from './processPool';
import { runInExecutorLive } from './runInExecutor';
import type { LiveRunner } from './runner';
import { sequentialLive } from './sequential';
import { taskLifecycleLive } from './taskLifecycle';
import { threadPoolLive } from './threadPool';

/** Every strategy's live runner (a missing one is a type error). */
export const LIVE_RUNNERS: Record<StrategyId, LiveRunner> = {
  sequential: sequentialLive,
  'async-blocking': asyncBlockingLive,
  'asyncio-gather': asyncioGatherLive,
  'asyncio-semaphore': asyncioSemaphoreLive,
  'thread-pool': threadPoolLive,
  'run-in-executor': runInExecutorLive,
  'process-pool': processPoolLive,
  aiomultiprocess: aiomultiprocessLive,
  'task-lifecycle': taskLifecycleLive,
  'done-callbacks': doneCallbacksLive,
  'asyncio-wait': asyncioWaitLive,
};
