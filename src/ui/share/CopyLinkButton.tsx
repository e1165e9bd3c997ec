import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state';
import { linkFor } from '../../state/link/registry';
import { shareMessages } from './messages';
import './share.css';

type CopyState =
  { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'manual'; readonly url: string };

/** The full address of the current state (scenario, view, theme…), without the embed route's keys. */
export function shareUrl(): string {
  const search = linkFor(useAppStore.getState(), ['embed', 'controls', 'present']);
  return `${window.location.origin}${window.location.pathname}${search}`;
}

/**
 * Copies a link to the current run. Uses the Clipboard API; where it is missing or denied (insecure page,
 * iframe without permission) it shows the link in a selected text field to copy by hand. Either way the user
 * sees what happened.
 */
export function CopyLinkButton() {
  const t = useT(shareMessages);
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind === 'copied') {
      const timer = window.setTimeout(() => setState({ kind: 'idle' }), 2500);
      return () => window.clearTimeout(timer);
    }
    if (state.kind === 'manual') field.current?.select();
  }, [state]);

  const copy = async () => {
    const url = shareUrl();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  return (
    <div className="copy-link">
      <button
        type="button"
        className="button header-button"
        onClick={copy}
        title={t('copyHint')}
        data-copy-link=""
      >
        {t('copyLink')}
      </button>
      <span className="copy-link-status" role="status">
        {state.kind === 'copied' && <span className="copy-link-done">✓ {t('copied')}</span>}
      </span>
      {state.kind === 'manual' && (
        <div className="copy-link-manual">
          <label>
            {t('copyFallback')}
            <input
              ref={field}
              className="copy-link-field"
              readOnly
              value={state.url}
              onFocus={(e) => e.currentTarget.select()}
              onKeyDown={(e) => e.key === 'Escape' && setState({ kind: 'idle' })}
            />
          </label>
          <button type="button" className="button button-small" onClick={() => setState({ kind: 'idle' })}>
            {t('close')}
          </button>
        </div>
      )}
    </div>
  );
}
