import type { StrategyId } from '../../trace/scenario';
import { STRATEGY_IDS } from '../../trace/scenario';

/** A strategy id, or an unambiguous part of one (`gather` → `asyncio-gather`). */
export function resolveStrategy(name: string | null): StrategyId | null {
  if (!name) return null;
  const wanted = name.trim().toLowerCase();
  const exact = STRATEGY_IDS.find((id) => id === wanted);
  if (exact) return exact;
  const partial = STRATEGY_IDS.filter((id) => id.split('-').includes(wanted) || id.endsWith(wanted));
  return partial.length === 1 ? partial[0] : null;
}
