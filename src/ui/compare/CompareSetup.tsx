import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import {
  COMPARABLE,
  COMPARE_PRESETS,
  MAX_ENTRIES,
  selectCompareActions,
  selectCompareEntries,
  selectCompareNotice,
  useAppStore,
} from '../../state';
import { Panel } from '../panel/Panel';
import { EntryCard } from './EntryCard';
import { compareNoticeText } from './linkProblemText';
import { WorkFields } from './WorkFields';

const PRESET_LABEL = { tutorial: 'presetTutorial', hundred: 'presetHundred' } as const;

/** What is compared: one-click presets, the shared work, and 2 to 6 entries. */
export function CompareSetup() {
  const t = useT(compareMessages);
  const lang = useLang();
  const entries = useAppStore(selectCompareEntries);
  const notice = useAppStore(selectCompareNotice);
  const { addEntry, applyPreset, dismissCompareNotice } = useAppStore(useShallow(selectCompareActions));
  const unused = COMPARABLE.find((id) => !entries.some((e) => e.strategy === id)) ?? COMPARABLE[0];
  return (
    <Panel title={t('setupTitle')} className="cmp-setup">
      {notice && (
        <div className="cmp-notice" role="status">
          <p>{compareNoticeText(notice, lang)}</p>
          <button type="button" className="button button-small" onClick={dismissCompareNotice}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <div className="cmp-presets" role="group" aria-label={t('presets')}>
        <span className="cmp-legend">{t('presets')}</span>
        {COMPARE_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="button cmp-preset"
            data-preset={p.id}
            onClick={() => applyPreset(p.id)}
          >
            {t(PRESET_LABEL[p.id])}
          </button>
        ))}
      </div>
      <WorkFields />
      <ol className="cmp-entries" aria-label={t('entries', { count: entries.length })}>
        {entries.map((entry, index) => (
          <EntryCard key={entry.key} entry={entry} index={index} />
        ))}
      </ol>
      <div className="cmp-add">
        <button
          type="button"
          className="button"
          disabled={entries.length >= MAX_ENTRIES}
          onClick={() => addEntry(unused)}
        >
          + {t('add')}
        </button>
        <span className="param-help">{t('addHelp')}</span>
      </div>
    </Panel>
  );
}
