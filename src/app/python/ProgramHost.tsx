import { useLang } from '../../i18n';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import { selectEditedProgram, selectStrategyId, useAppStore } from '../../state';
import type { StrategyId } from '../../trace/scenario';
import { ProgramPanel } from '../../ui/code/ProgramPanel';
import { usePythonRun } from './usePythonRun';

/** The explorer's code panel: the strategy's program (or the learner's edit of it), runnable on CPython. */
export default function ProgramHost() {
  const strategyId = useAppStore(selectStrategyId);
  const strategy = getStrategy(strategyId);
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
      source={edited?.source ?? strategy.python}
      edited={edited !== null && edited.source !== strategy.python}
      onChange={(source) => setProgram({ strategy: strategyId, source })}
      onReset={() => setProgram(null)}
      runner={runner}
      onOpenStrategy={openStrategy}
    />
  );
}
