import type { StrategyId } from '../trace/scenario';
import { aiomultiprocess } from './aiomultiprocess';
import { asyncBlocking } from './asyncBlocking';
import { asyncioGather } from './asyncioGather';
import { asyncioSemaphore } from './asyncioSemaphore';
import { asyncioWait } from './asyncioWait';
import { doneCallbacks } from './doneCallbacks';
import { processPool } from './processPool';
import { runInExecutor } from './runInExecutor';
import { sequential } from './sequential';
import { taskLifecycle } from './taskLifecycle';
import { threadPool } from './threadPool';
import type { Strategy } from './types';

/** Every strategy, in the order the picker shows them: basics, then the I/O story, then pools. */
export const STRATEGIES: readonly Strategy[] = [
  taskLifecycle,
  doneCallbacks,
  asyncioWait,
  sequential,
  asyncBlocking,
  asyncioGather,
  asyncioSemaphore,
  threadPool,
  runInExecutor,
  processPool,
  aiomultiprocess,
];

const byId = new Map(STRATEGIES.map((s) => [s.id, s]));

export function getStrategy(id: StrategyId): Strategy {
  const strategy = byId.get(id);
  if (!strategy) throw new Error(`unknown strategy "${id}"`);
  return strategy;
}

export function isStrategyId(id: string): id is StrategyId {
  return byId.has(id as StrategyId);
}
