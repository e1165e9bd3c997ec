import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { scalingMessages } from '../../i18n/messages/scaling';
import {
  COMPARABLE,
  SWEEP_BASE_BOUNDS,
  selectScalingActions,
  selectScalingBase,
  selectScalingStrategies,
  useAppStore,
  type SweepBase,
} from '../../state';
import { NumberField } from '../compare/NumberField';
import { useStrategyTitle } from '../compare/useStrategyTitle';
import { Panel } from '../panel/Panel';
import { strategyStyle } from './palette';

const BASE_FIELDS: readonly (keyof SweepBase)[] = ['latencyMs', 'cpuMs', 'pool', 'tasks', 'cores'];

/** Which strategies to sweep, and the fixed work each curve keeps while it varies one thing. */
export function ScalingSetup() {
  const t = useT(scalingMessages);
  const title = useStrategyTitle();
  const chosen = useAppStore(selectScalingStrategies);
  const base = useAppStore(selectScalingBase);
  const { toggleScalingStrategy, setScalingBase } = useAppStore(useShallow(selectScalingActions));
  const [refused, setRefused] = useState(false);
  return (
    <Panel title={t('setupTitle')} className="scl-setup">
      <fieldset className="cmp-work">
        <legend className="cmp-legend">{t('strategies')}</legend>
        <div className="scl-strategies">
          {COMPARABLE.map((id) => (
            <label key={id} className="scl-strategy">
              <input
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={() => setRefused(!toggleScalingStrategy(id))}
              />
              <span
                className="scl-line"
                style={{
                  borderTopColor: strategyStyle(id).color,
                  borderTopStyle: strategyStyle(id).dash ? 'dashed' : 'solid',
                }}
                aria-hidden="true"
              />
              {title(id)}
            </label>
          ))}
        </div>
        {refused && (
          <p className="param-error" role="alert">
            {t('lastOne')}
          </p>
        )}
      </fieldset>
      <fieldset className="cmp-work">
        <legend className="cmp-legend">{t('base')}</legend>
        <p className="param-help">{t('baseHelp')}</p>
        <div className="cmp-work-grid">
          {BASE_FIELDS.map((key) => {
            const [min, max] = SWEEP_BASE_BOUNDS[key];
            return (
              <NumberField
                key={key}
                label={t(key)}
                value={base[key]}
                check={(v) =>
                  Number.isInteger(v) && v >= min && v <= max ? null : t('invalid', { min, max })
                }
                onCommit={(v) => setScalingBase(key, v)}
                notANumber={t('invalid', { min, max })}
              />
            );
          })}
        </div>
      </fieldset>
    </Panel>
  );
}
