import { useState } from 'react';
import { useT } from '../../i18n';
import { explainMessages } from '../../i18n/messages/explain';

/** Copies `text` to the clipboard and says whether it worked (Copy → Copied / Copy failed). */
export function CopyButton({ text, className = '' }: { readonly text: string; readonly className?: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const t = useT(explainMessages);
  const copy = () => {
    if (!navigator.clipboard) {
      setCopied('failed');
      return;
    }
    navigator.clipboard
      .writeText(text)
      .then(() => setCopied('copied'))
      .catch(() => setCopied('failed'));
  };
  return (
    <button type="button" className={`button ${className}`.trim()} onClick={copy} data-testid="copy-code">
      {t(copied === 'copied' ? 'copied' : copied === 'failed' ? 'copyFailed' : 'copy')}
    </button>
  );
}
