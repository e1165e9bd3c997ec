import { Suspense, useState } from 'react';
import { onDemand, preload } from '../chunks/onDemand';
import { Placeholder } from '../chunks/placeholders';
import { useT } from '../../i18n/useT';
import { PresentButton } from '../present/PresentButton';
import { CopyLinkButton } from './CopyLinkButton';
import { shareMessages } from './messages';

// The dialog (and its preview) is only needed once asked for: its code loads when the pointer or the focus
// reaches the button, so the click usually finds it in and opens it at once (it took ~380 ms with a lazy one).
const embedDialog = onDemand(() => import('../embed/EmbedDialog').then((m) => m.EmbedDialog));
const preloadDialog = () => preload(embedDialog);
const EmbedDialog = embedDialog.Component;

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
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        data-embed-button=""
      >
        {t('embed')}
      </button>
      <PresentButton />
      {embedding && (
        <Suspense fallback={<Placeholder />}>
          <EmbedDialog onClose={() => setEmbedding(false)} />
        </Suspense>
      )}
    </div>
  );
}
