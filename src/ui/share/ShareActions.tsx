import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n/useT';
import { PresentButton } from '../present/PresentButton';
import { CopyLinkButton } from './CopyLinkButton';
import { shareMessages } from './messages';

// The dialog (and its preview) is only needed once asked for: its code loads on the first click.
const EmbedDialog = lazy(() => import('../embed/EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** The header's share actions: copy a link, embed in a page, present on a projector. */
export function ShareActions() {
  const t = useT(shareMessages);
  const [embedding, setEmbedding] = useState(false);
  return (
    <div className="share-actions">
      <CopyLinkButton />
      <button
        type="button"
        className="button header-button"
        aria-haspopup="dialog"
        onClick={() => setEmbedding(true)}
        data-embed-button=""
      >
        {t('embed')}
      </button>
      <PresentButton />
      {embedding && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setEmbedding(false)} />
        </Suspense>
      )}
    </div>
  );
}
