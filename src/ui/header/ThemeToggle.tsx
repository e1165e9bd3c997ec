import { useShallow } from 'zustand/react/shallow';
import { selectTheme, selectViewActions, THEME_CHOICES, useAppStore, type ThemeChoice } from '../../state';

const LABELS: Record<ThemeChoice, string> = { light: 'Light', dark: 'Dark', system: 'System' };

/** Light, dark, or follow the system: a three-way radio group. */
export function ThemeToggle() {
  const theme = useAppStore(selectTheme);
  const { setTheme } = useAppStore(useShallow(selectViewActions));
  return (
    <fieldset className="segmented theme-toggle">
      <legend className="visually-hidden">Theme</legend>
      {THEME_CHOICES.map((choice) => (
        <label key={choice} className="segmented-option">
          <input
            type="radio"
            name="theme"
            value={choice}
            checked={theme === choice}
            onChange={() => setTheme(choice)}
          />
          <span>{LABELS[choice]}</span>
        </label>
      ))}
    </fieldset>
  );
}
