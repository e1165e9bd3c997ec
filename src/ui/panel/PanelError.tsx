import { useLang, useT } from '../../i18n';
import { panelMessages } from '../../i18n/messages/panel';

interface PanelErrorProps {
  /** What failed, in words: "timeline", "in-flight chart". */
  readonly panel: string;
  readonly error: unknown;
  readonly onRetry: () => void;
}

/** What a panel shows instead of its content when that content failed to render. */
export function PanelError({ panel, error, onRetry }: PanelErrorProps) {
  const t = useT(panelMessages);
  // English reads "The summary panel could not be drawn"; Chinese keeps the name as given.
  const name = useLang() === 'en' ? panel.toLowerCase() : panel;
  return (
    <div className="panel-error" role="alert">
      <p>
        <strong>{t('failed', { panel: name })}</strong>{' '}
        {error instanceof Error ? error.message : String(error)}
      </p>
      <p className="muted">{t('restWorks')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
