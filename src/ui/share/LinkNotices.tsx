import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n/useT';
import { BidiText } from '../../i18n/BidiText';
import { selectLinkActions, selectLinkNotices, useAppStore } from '../../state';
import { shareMessages } from './messages';
import { noticeText } from './noticeText';
import './share.css';

const SHOWN = 5;

/**
 * What the opening link asked for that was ignored, one line each, until dismissed. Everything quoted from the
 * link is React text, so a `<script>` in a link shows as the characters `<script>`.
 */
export function LinkNotices() {
  const notices = useAppStore(selectLinkNotices);
  const { dismissLinkNotices } = useAppStore(useShallow(selectLinkActions));
  const t = useT(shareMessages);
  const lang = useLang();
  if (notices.length === 0) return null;
  return (
    <div className="link-notices" role="status" data-link-notices="">
      <div className="link-notices-text">
        <p className="link-notices-title">{t('noticesTitle')}</p>
        <ul className="link-notices-list">
          {notices.slice(0, SHOWN).map((notice, i) => (
            <li key={i}>
              <BidiText text={noticeText(notice, t, lang)} />
            </li>
          ))}
          {notices.length > SHOWN && <li>{t('more', { count: notices.length - SHOWN })}</li>}
        </ul>
      </div>
      <button type="button" className="button button-small" onClick={dismissLinkNotices}>
        {t('dismiss')}
      </button>
    </div>
  );
}
