import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { problemText } from '../controls/problemText';
import { compareMessages } from '../../i18n/messages/compare';
import { controlsMessages } from '../../i18n/messages/controls';
import {
  COMPARABLE,
  MIN_ENTRIES,
  POOL_KEYS,
  checkValue,
  selectCompareActions,
  selectCompareEntries,
  useAppStore,
  type CompareEntry,
} from '../../state';
import { getStrategy, PARAM_SPECS } from '../../strategies';
import type { StrategyId } from '../../trace/scenario';
import { NumberField } from './NumberField';
import { useStrategyTitle } from './useStrategyTitle';

/** One compared entry: its strategy, the pool settings that strategy uses, and a remove button. */
export function EntryCard({ entry, index }: { readonly entry: CompareEntry; readonly index: number }) {
  const t = useT(compareMessages);
  const tc = useT(controlsMessages);
  const lang = useLang();
  const title = useStrategyTitle();
  const count = useAppStore((s) => selectCompareEntries(s).length);
  const { setEntryPool, setEntryStrategy, removeEntry } = useAppStore(useShallow(selectCompareActions));
  const used = getStrategy(entry.strategy).params;
  const poolKeys = POOL_KEYS.filter((k) => used.includes(k));
  const n = index + 1;
  return (
    <li className="cmp-entry" data-entry={entry.strategy}>
      <div className="cmp-entry-head">
        <span className="cmp-entry-badge" aria-hidden="true">
          {n}
        </span>
        <label className="cmp-entry-strategy">
          <span className="visually-hidden">
            {t('entryLabel', { n })}: {t('strategy')}
          </span>
          <select
            value={entry.strategy}
            onChange={(e) => setEntryStrategy(entry.key, e.target.value as StrategyId)}
          >
            {COMPARABLE.map((id) => (
              <option key={id} value={id}>
                {title(id)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button-small cmp-remove"
          disabled={count <= MIN_ENTRIES}
          aria-label={t('removeEntry', { n })}
          onClick={() => removeEntry(entry.key)}
        >
          {t('remove')}
        </button>
      </div>
      {poolKeys.length > 0 ? (
        <div className="cmp-entry-pool">
          {poolKeys.map((key) => (
            <NumberField
              key={key}
              label={tc(`label.${key}`)}
              unit={PARAM_SPECS[key].unit}
              value={entry.pool[key]}
              check={(v) => {
                const problem = checkValue(key, v);
                return problem && problemText(problem, tc, lang);
              }}
              onCommit={(v) => setEntryPool(entry.key, key, v)}
              notANumber={tc('errEnterNumber')}
            />
          ))}
        </div>
      ) : (
        <p className="param-help cmp-entry-none">{t('noPool')}</p>
      )}
    </li>
  );
}
