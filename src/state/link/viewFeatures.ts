import type { Lang } from '../../i18n/lang';
import { LANGS, LANG_QUERY, langBelongsInUrl, langFromNavigator, parseLang } from '../../i18n/lang';
import type { GanttView, ThemeChoice } from '..';
import { THEME_CHOICES } from '..';
import { boundedValue } from './query';
import { urlFeature, type QueryReader, type QueryValue } from './types';

/** Reads one key whose value must be one of `choices` (case-insensitive); a notice otherwise. */
function readChoice<T extends string>(query: QueryReader, key: string, choices: readonly T[]): T | undefined {
  const read = query.take([key]);
  if (!read) return undefined;
  const text = boundedValue(query, read);
  if (text === null) return undefined;
  const choice = choices.find((c) => c === text.trim().toLowerCase());
  if (choice === undefined) query.reject(read, { code: 'choice', choices });
  return choice;
}

/** `1`/`true`/`yes` or `0`/`false`/`no`; anything else is a notice. */
export function readFlag(query: QueryReader, read: QueryValue): boolean | undefined {
  const text = boundedValue(query, read)?.trim().toLowerCase();
  if (text === undefined) return undefined;
  if (text === '1' || text === 'true' || text === 'yes' || text === '') return true;
  if (text === '0' || text === 'false' || text === 'no') return false;
  query.reject(read, { code: 'flag' });
  return undefined;
}

/** `view=lanes` (by task is the default and is not written). */
export const viewFeature = urlFeature<GanttView>({
  keys: ['view'],
  read: (query) => readChoice(query, 'view', ['tasks', 'lanes'] as const),
  select: (state) => state.ganttView,
  apply: (view, state) => state.setGanttView(view),
  write: (view) => (view === 'tasks' ? [] : [['view', view]]),
});

/** `theme=light|dark` (following the system is the default and is not written). */
export const themeFeature = urlFeature<ThemeChoice>({
  keys: ['theme'],
  read: (query) => readChoice(query, 'theme', THEME_CHOICES),
  select: (state) => state.theme,
  apply: (theme, state) => state.setTheme(theme),
  write: (theme) => (theme === 'system' ? [] : [['theme', theme]]),
});

/** `present=1`: presentation mode for talks. */
export const presentFeature = urlFeature<boolean>({
  keys: ['present'],
  read: (query) => {
    const read = query.take(['present']);
    return read ? readFlag(query, read) : undefined;
  },
  select: (state) => state.presenting,
  apply: (presenting, state) => state.setPresenting(presenting),
  write: (presenting) => (presenting ? [['present', '1']] : []),
});

const browserLang = (): Lang =>
  langFromNavigator(typeof navigator === 'undefined' ? undefined : navigator.languages);

/**
 * `lang=zh-CN`: the link's language, else the browser's. Written only when it differs from what the browser
 * would pick on its own or is not English (see `langBelongsInUrl`), so English links stay short.
 */
export const langFeature = urlFeature<Lang>({
  keys: [LANG_QUERY],
  read: (query) => {
    const read = query.take([LANG_QUERY]);
    if (!read) return undefined;
    const lang = parseLang(boundedValue(query, read));
    if (lang === null) query.reject(read, { code: 'choice', choices: LANGS });
    return lang ?? undefined;
  },
  init: (state) => state.setLang(browserLang()),
  select: (state) => state.lang,
  apply: (lang, state) => state.setLang(lang),
  write: (lang) => (langBelongsInUrl(lang, browserLang()) ? [[LANG_QUERY, lang]] : []),
});
