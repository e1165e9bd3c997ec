import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { STRATEGIES, type StrategyGroup } from '../../strategies';
import { selectScenarioActions, selectStrategyId, useAppStore } from '../../state';
import './picker.css';

const GROUPS: readonly { readonly group: StrategyGroup; readonly title: string }[] = [
  { group: 'basics', title: 'Basics of asyncio' },
  { group: 'io', title: 'Waiting for I/O' },
  { group: 'pools', title: 'Pools of workers' },
];

/**
 * Every strategy of the catalogue as one radio group, in three labelled sets. Arrow keys move through all of
 * them (native radios), and choosing one runs it at once with its defaults.
 */
export function StrategyPicker() {
  const current = useAppStore(selectStrategyId);
  const { pickStrategy } = useAppStore(useShallow(selectScenarioActions));
  const id = useId();
  return (
    <nav className="picker" aria-label="Strategies">
      {GROUPS.map(({ group, title }) => (
        <fieldset key={group} className="picker-group">
          <legend className="picker-legend">{title}</legend>
          {STRATEGIES.filter((s) => s.group === group).map((s) => (
            <label key={s.id} className="picker-option" data-checked={s.id === current ? 'true' : undefined}>
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
                  {s.title}
                </span>
                <span id={`${id}-${s.id}-hint`} className="picker-hint">
                  {s.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
    </nav>
  );
}
