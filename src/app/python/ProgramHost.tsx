import { useLang } from '../../i18n';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import { useMemo } from 'react';
import { selectEditedProgram, selectParams, selectStrategyId, useAppStore } from '../../state';
import type { StrategyId } from '../../trace/scenario';
import { ProgramPanel } from '../../ui/code/ProgramPanel';
import { usePythonRun } from './usePythonRun';

/**
 * The explorer's code panel: the strategy's program for the current parameters (or the learner's edit of it),
 * runnable on CPython.
 */
export default function ProgramHost() {
  const strategyId = useAppStore(selectStrategyId);
  const strategy = getStrategy(strategyId);
  const params = useAppStore(selectParams);
  const own = useMemo(() => strategy.program(params), [strategy, params]);
  const edited = useAppStore(selectEditedProgram);
  const setProgram = useAppStore((s) => s.setProgram);
  const runner = usePythonRun();
  const title = strategyText(strategy, useLang()).title;
  const openStrategy = (id: StrategyId, where: 'sim' | 'live') => {
    const s = useAppStore.getState();
    s.closeImported();
    s.pickStrategy(id);
    s.setTab(where === 'live' ? 'live' : 'explore');
  };
  return (
    <ProgramPanel
      title={title}
      source={edited?.source ?? own}
      edited={edited !== null && edited.source !== own}
      // The strategy's own program (also what the editor gets when the parameters change) is no edit.
      onChange={(source) => setProgram(source === own ? null : { strategy: strategyId, source })}
      onReset={() => setProgram(null)}
      runner={runner}
      onOpenStrategy={openStrategy}
    />
  );
}
