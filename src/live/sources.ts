import type { StrategyId } from '../trace/scenario';
import { LIVE_RUNNERS } from './runners';

/** The JavaScript twin of a strategy, shown next to its Python source. */
export function liveSource(id: StrategyId): string {
  return LIVE_RUNNERS[id].source;
}
