import { useShallow } from 'zustand/react/shallow';
import { getStrategy, isNumericKey, paramSpecsFor } from '../../strategies';
import { selectInvalidCount, selectScenarioActions, selectStrategyId, useAppStore } from '../../state';
import { useT } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { Panel } from '../panel/Panel';
import { ExecutorDefaultNote } from './ExecutorDefaultNote';
import { JitterKindControl } from './JitterKindControl';
import { ParamControl } from './ParamControl';
import { SeedControl } from './SeedControl';
import './controls.css';

/** The work to simulate: one control per parameter the picked strategy uses; the seed and a reset below. */
export function ParamControls() {
  const strategyId = useAppStore(selectStrategyId);
  const invalid = useAppStore(selectInvalidCount);
  const { resetParams } = useAppStore(useShallow(selectScenarioActions));
  const keys = getStrategy(strategyId).params.filter(isNumericKey);
  const t = useT(controlsMessages);
  return (
    <Panel title={t('panelTitle')} hideTitle className="controls-panel">
      {invalid > 0 && (
        <p className="controls-note" role="status">
          {t('invalid', { count: invalid })}
        </p>
      )}
      <div className="controls-grid">
        {keys.map((key) => (
          <ParamControl key={key} field={key} spec={paramSpecsFor(strategyId)[key]}>
            {key === 'jitterMs' && <JitterKindControl />}
            {key === 'workers' && strategyId === 'run-in-executor' && <ExecutorDefaultNote />}
          </ParamControl>
        ))}
      </div>
      <div className="controls-footer">
        <SeedControl />
        <button type="button" className="button button-small" onClick={resetParams}>
          {t('reset')}
        </button>
      </div>
    </Panel>
  );
}
