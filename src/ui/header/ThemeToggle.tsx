import { useShallow } from 'zustand/react/shallow';
import { Segmented } from '../theme/Segmented';
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
    <Segmented
      className="theme-toggle"
      name="theme"
      legend={t('theme')}
      choices={THEME_CHOICES.map((choice) => [choice, t(LABELS[choice])] as const)}
      value={theme}
      onChange={setTheme}
    />
  );
}
