import { useCallback } from 'react';
import { useLang } from '../../i18n';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import type { StrategyId } from '../../trace/scenario';

/** A strategy's title in the UI language. */
export function useStrategyTitle(): (id: StrategyId) => string {
  const lang = useLang();
  return useCallback((id: StrategyId) => strategyText(getStrategy(id), lang).title, [lang]);
}
