import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { headerMessages } from '../../i18n/messages/header';
import { selectTheme, selectViewActions, THEME_CHOICES, useAppStore, type ThemeChoice } from '../../state';

const LABELS = { light: 'themeLight', dark: 'themeDark', system: 'themeSystem' } as const satisfies Record<
  ThemeChoice,
  string
>;

/** Light, dark, or follow the system: a three-way radio group. */
export function ThemeToggle() {
  const theme = useAppStore(selectTheme);
  const t = useT(headerMessages);
  const { setTheme } = useAppStore(useShallow(selectViewActions));
  return (
    <fieldset className="segmented theme-toggle">
      <legend className="visually-hidden">{t('theme')}</legend>
      {THEME_CHOICES.map((choice) => (
        <label key={choice} className="segmented-option">
          <input
            type="radio"
            name="theme"
            value={choice}
            checked={theme === choice}
            onChange={() => setTheme(choice)}
          />
          <span>{t(LABELS[choice])}</span>
        </label>
      ))}
    </fieldset>
  );
}
