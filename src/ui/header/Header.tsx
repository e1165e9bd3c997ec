import { useT } from '../../i18n';
import { headerMessages } from '../../i18n/messages/header';
import { LangSwitch } from './LangSwitch';
import { ShareActions } from '../share/ShareActions';
import { ThemeToggle } from './ThemeToggle';
import './header.css';

/** The app's name, what it is for, and the language and theme switches. */
export function Header() {
  const t = useT(headerMessages);
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand-name">
          <span className="brand-mark" aria-hidden="true">
            ▮▮▯
          </span>
          Awaitline
        </h1>
        <p className="brand-tagline">{t('tagline')}</p>
      </div>
      <div className="header-switches">
        <ShareActions />
        <LangSwitch />
        <ThemeToggle />
      </div>
    </header>
  );
}
