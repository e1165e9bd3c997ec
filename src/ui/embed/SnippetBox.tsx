import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { embedMessages } from './messages';

/** The snippet in a read-only box, with a copy button that says whether it worked. */
export function SnippetBox({ snippet }: { readonly snippet: string }) {
  const t = useT(embedMessages);
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  // The outcome belongs to the snippet it was for: a new snippet shows no stale "copied".
  const [outcome, setOutcome] = useState<{ readonly snippet: string; readonly ok: boolean } | null>(null);
  const status = outcome?.snippet !== snippet ? 'idle' : outcome.ok ? 'copied' : 'failed';
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      setOutcome({ snippet, ok: true });
    } catch {
      box.current?.focus();
      box.current?.select();
      setOutcome({ snippet, ok: false });
    }
  };
  return (
    <div className="embed-snippet">
      <label htmlFor={`${id}-snippet`} className="embed-snippet-label">
        {t('snippet')}
      </label>
      <textarea
        id={`${id}-snippet`}
        ref={box}
        className="embed-snippet-box"
        readOnly
        rows={6}
        value={snippet}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        data-embed-snippet=""
      />
      <div className="embed-snippet-actions">
        <button type="button" className="button" onClick={copy}>
          {t('copy')}
        </button>
        <span role="status" className={status === 'failed' ? 'embed-error' : 'embed-done'}>
          {status === 'copied' ? `✓ ${t('copied')}` : status === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
