import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ParamKey } from '../../trace/scenario';
import { useLang, useT } from '../../i18n/useT';
import { getStrategy, isNumericKey, paramSpecsFor, STRATEGIES } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import { selectScenarioActions, selectStrategyId, useAppStore } from '../../state';
import { JitterKindControl } from '../../ui/controls/JitterKindControl';
import { ParamControl } from '../../ui/controls/ParamControl';
import { SeedControl } from '../../ui/controls/SeedControl';
import { embedMessages } from '../../ui/embed/messages';
import { ViewToggle } from '../../ui/timeline/ViewToggle';
import { PARAM_KEYS, paramName } from '../../trace/params';
import '../../ui/controls/controls.css';

const PARAM_BY_NAME = new Map(PARAM_KEYS.map((key) => [paramName(key), key]));

function StrategySelect() {
  const t = useT(embedMessages);
  const id = useId();
  const lang = useLang();
  const current = useAppStore(selectStrategyId);
  const { pickStrategy } = useAppStore(useShallow(selectScenarioActions));
  return (
    <div className="embed-strategy">
      <label htmlFor={id}>{t('strategy')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => pickStrategy(STRATEGIES.find((s) => s.id === e.target.value)?.id ?? current)}
      >
        {STRATEGIES.map((s) => (
          <option key={s.id} value={s.id}>
            {strategyText(s, lang).title}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The controls a link chose for the embed, in its order; parameters the strategy does not use are left out. */
export function EmbedControls({ names }: { readonly names: readonly string[] }) {
  const strategy = getStrategy(useAppStore(selectStrategyId));
  const params = names
    .map((name) => PARAM_BY_NAME.get(name))
    .filter(
      (key): key is ParamKey => key !== undefined && isNumericKey(key) && strategy.params.includes(key),
    );
  const wants = (name: string) => names.includes(name);
  if (!wants('strategy') && !wants('view') && !wants('seed') && params.length === 0) return null;
  return (
    <div className="embed-controls-bar">
      {(wants('strategy') || wants('view') || wants('seed')) && (
        <div className="embed-controls-row">
          {wants('strategy') && <StrategySelect />}
          {wants('view') && <ViewToggle />}
          {wants('seed') && <SeedControl />}
        </div>
      )}
      {params.length > 0 && (
        <div className="controls-grid embed-params">
          {params.map((key) =>
            isNumericKey(key) ? (
              <ParamControl key={key} field={key} spec={paramSpecsFor(strategy.id)[key]}>
                {key === 'jitterMs' && <JitterKindControl />}
              </ParamControl>
            ) : null,
          )}
        </div>
      )}
    </div>
  );
}
