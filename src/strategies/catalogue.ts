import { STRATEGY_IDS, type StrategyId } from '../trace/scenario';
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
import type { Strategy, StrategyGroup } from './types';

/** Every strategy by id: an id of trace/scenario.ts without its record here (or under another id) is a type error. */
const CATALOGUE: { readonly [K in StrategyId]: Strategy & { readonly id: K } } = {
  sequential,
  'async-blocking': asyncBlocking,
  'asyncio-gather': asyncioGather,
  'asyncio-semaphore': asyncioSemaphore,
  'thread-pool': threadPool,
  'run-in-executor': runInExecutor,
  'process-pool': processPool,
  aiomultiprocess,
  'task-lifecycle': taskLifecycle,
  'done-callbacks': doneCallbacks,
  'asyncio-wait': asyncioWait,
};

const GROUP_ORDER: readonly StrategyGroup[] = ['basics', 'io', 'pools'];

/** Every strategy, in the order the picker shows them: basics, then the I/O story, then pools (each in id order). */
export const STRATEGIES: readonly Strategy[] = GROUP_ORDER.flatMap((group) =>
  STRATEGY_IDS.map((id) => CATALOGUE[id]).filter((s) => s.group === group),
);

/** The strategies Compare and Scaling offer, in picker order. */
export const COMPARABLE: readonly StrategyId[] = STRATEGIES.filter((s) => s.comparison !== null).map(
  (s) => s.id,
);

export function getStrategy(id: StrategyId): Strategy {
  const strategy = isStrategyId(id) ? CATALOGUE[id] : undefined;
  if (!strategy) throw new Error(`unknown strategy "${id}"`);
  return strategy;
}

export function isStrategyId(id: string): id is StrategyId {
  return Object.hasOwn(CATALOGUE, id);
}
