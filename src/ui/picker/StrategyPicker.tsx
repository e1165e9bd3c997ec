import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { pickerMessages } from '../../i18n/messages/picker';
import { STRATEGIES, type StrategyGroup } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import { selectScenarioActions, selectStrategyId, useAppStore } from '../../state';
import './picker.css';

const GROUPS = [
  { group: 'basics', title: 'groupBasics' },
  { group: 'io', title: 'groupIo' },
  { group: 'pools', title: 'groupPools' },
] as const satisfies readonly { readonly group: StrategyGroup; readonly title: string }[];

/**
 * Every strategy of the catalogue as one radio group, in three labelled sets. Arrow keys move through all of
 * them (native radios), and choosing one runs it at once with its defaults.
 */
export function StrategyPicker() {
  const current = useAppStore(selectStrategyId);
  const { pickStrategy } = useAppStore(useShallow(selectScenarioActions));
  const id = useId();
  const lang = useLang();
  const t = useT(pickerMessages);
  return (
    <nav className="picker" aria-label={t('nav')}>
      {GROUPS.map(({ group, title }) => (
        <fieldset key={group} className="picker-group">
          <legend className="picker-legend">{t(title)}</legend>
          {STRATEGIES.filter((s) => s.group === group)
            .map((s) => ({ s, text: strategyText(s, lang) }))
            .map(({ s, text }) => (
              <label
                key={s.id}
                className="picker-option"
                data-checked={s.id === current ? 'true' : undefined}
              >
                <input
                  type="radio"
                  name={`${id}-strategy`}
                  value={s.id}
                  checked={s.id === current}
                  onChange={() => pickStrategy(s.id)}
                  aria-labelledby={`${id}-${s.id}-title`}
                  aria-describedby={`${id}-${s.id}-hint`}
                />
                <span className="picker-text">
                  <span id={`${id}-${s.id}-title`} className="picker-title">
                    {text.title}
                  </span>
                  <span id={`${id}-${s.id}-hint`} className="picker-hint">
                    {text.hint}
                  </span>
                </span>
              </label>
            ))}
        </fieldset>
      ))}
    </nav>
  );
}
