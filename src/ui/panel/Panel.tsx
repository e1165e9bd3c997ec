import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { panelMessages } from '../../i18n/messages/panel';
import { Boundary } from './Boundary';
import './panel.css';

interface PanelProps {
  readonly title: string;
  /** Replaces the title's text when it should say more than the panel's name (the heading keeps `title`'s role). */
  readonly heading?: ReactNode;
  /** Shown at the right of the title bar (toggles, status). */
  readonly actions?: ReactNode;
  /** When any of these change, a panel showing an error tries again (e.g. the trace). */
  readonly resetKeys?: readonly unknown[];
  readonly className?: string;
  /** Hide the title visually (kept for screen readers) when the content names itself. */
  readonly hideTitle?: boolean;
  readonly children: ReactNode;
}

/**
 * A titled section of the page. It owns an error boundary: if its content throws while rendering, this panel
 * shows what went wrong and the rest of the page keeps working.
 */
export function Panel({ title, heading, actions, resetKeys, className, hideTitle, children }: PanelProps) {
  const headingId = useId();
  const t = useT(panelMessages);
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className={`panel-head ${hideTitle ? 'panel-head-hidden' : ''}`}>
        <h2 id={headingId} className={hideTitle ? 'visually-hidden' : 'panel-title'}>
          {heading ?? title}
        </h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <Boundary name={t('panelName', { title })} resetKeys={resetKeys}>
        {children}
      </Boundary>
    </section>
  );
}
