import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/useT';
import { STRATEGIES } from '../../strategies';
import { compareMessages } from '../../i18n/messages/compare';
import { selectLinkActions, selectPresenting, selectStrategyId, selectTab, useAppStore } from '../../state';
import { presentMessages } from './messages';
import './present.css';

/**
 * The slim bar shown instead of the header while presenting: where we are, the keys, and a way out. Only Explore
 * steps through strategies; the other tabs name themselves and offer Esc alone.
 */
const TAB_LABEL = {
  explore: 'tabExplore',
  compare: 'tabCompare',
  scaling: 'tabScaling',
  live: 'tabLive',
} as const;

export function PresentBar() {
  const presenting = useAppStore(selectPresenting);
  const strategy = useAppStore(selectStrategyId);
  const { setPresenting } = useAppStore(useShallow(selectLinkActions));
  const tab = useAppStore(selectTab);
  const t = useT(presentMessages);
  const th = useT(compareMessages);
  if (!presenting) return null;
  const n = STRATEGIES.findIndex((s) => s.id === strategy) + 1;
  return (
    <div className="present-bar" data-present-bar="">
      <span className="present-brand">
        <span className="brand-mark" aria-hidden="true">
          ▮▮▯
        </span>{' '}
        Awaitline
      </span>
      <span className="present-position" aria-live="polite">
        {tab === 'explore' ? t('position', { n, count: STRATEGIES.length }) : th(TAB_LABEL[tab])}
      </span>
      <span className="present-keys">{tab === 'explore' ? t('keys') : t('keysLeave')}</span>
      <button type="button" className="button present-exit" onClick={() => setPresenting(false)}>
        {t('exit')}
      </button>
    </div>
  );
}
