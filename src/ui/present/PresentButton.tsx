import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/useT';
import { selectLinkActions, useAppStore } from '../../state';
import { presentMessages } from './messages';

/** Enters presentation mode (the `p` key does the same). */
export function PresentButton() {
  const t = useT(presentMessages);
  const { setPresenting } = useAppStore(useShallow(selectLinkActions));
  return (
    <button
      type="button"
      className="button header-button"
      onClick={() => setPresenting(true)}
      title={t('presentHint')}
      aria-keyshortcuts="p"
      data-present-button=""
    >
      {t('present')}
    </button>
  );
}
