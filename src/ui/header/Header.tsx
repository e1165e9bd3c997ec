import { ThemeToggle } from './ThemeToggle';
import './header.css';

/** The app's name, what it is for, and the theme switch. */
export function Header() {
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand-name">
          <span className="brand-mark" aria-hidden="true">
            ▮▮▯
          </span>
          Awaitline
        </h1>
        <p className="brand-tagline">How Python programs wait for slow I/O, task by task</p>
      </div>
      <ThemeToggle />
    </header>
  );
}
