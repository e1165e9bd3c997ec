import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/useT';
import { STRATEGIES } from '../../strategies';
import { selectLinkActions, selectPresenting, selectStrategyId, useAppStore } from '../../state';
import { presentMessages } from './messages';
import './present.css';

/** The slim bar shown instead of the header while presenting: where we are, the keys, and a way out. */
export function PresentBar() {
  const presenting = useAppStore(selectPresenting);
  const strategy = useAppStore(selectStrategyId);
  const { setPresenting } = useAppStore(useShallow(selectLinkActions));
  const t = useT(presentMessages);
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
        {t('position', { n, count: STRATEGIES.length })}
      </span>
      <span className="present-keys">{t('keys')}</span>
      <button type="button" className="button present-exit" onClick={() => setPresenting(false)}>
        {t('exit')}
      </button>
    </div>
  );
}
