/** The languages Awaitline speaks. English is the source; every message module has both. */
export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];
export const DEFAULT_LANG: Lang = 'en';

/** The query name that carries the language: `?strategy=thread-pool&lang=zh-CN`. */
export const LANG_QUERY = 'lang';

/**
 * The language a BCP 47 tag asks for, or null if Awaitline does not speak it.
 * Every Chinese tag that is written in simplified characters maps to zh-CN (zh, zh-CN, zh-Hans, zh-SG, zh-Hans-HK);
 * traditional-script tags (zh-TW, zh-HK, zh-Hant) do not, since simplified text would be the wrong script.
 * @example parseLang('zh-hans') // 'zh-CN'
 */
export function parseLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] === 'en') return 'en';
  if (parts[0] !== 'zh') return null;
  const rest = parts.slice(1);
  if (rest.includes('hant')) return null;
  if (rest.includes('hans')) return 'zh-CN';
  if (rest.length === 0 || rest[0] === 'cn' || rest[0] === 'sg' || rest[0] === 'my') return 'zh-CN';
  return null;
}

/** The first of the browser's preferred languages that Awaitline speaks; English otherwise. */
export function langFromNavigator(languages: readonly string[] | undefined): Lang {
  for (const tag of languages ?? []) {
    const lang = parseLang(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}

/** The language a query names (`?lang=zh-CN`, also `zh`, `zh-Hans`, `en`), or null. */
export function langFromSearch(search: string): Lang | null {
  return parseLang(new URLSearchParams(search).get(LANG_QUERY));
}

/**
 * The language to start in: the link's `lang=` first, else the browser's preference.
 * @example detectLang('?lang=zh', ['en-US']) // 'zh-CN'
 */
export function detectLang(search: string, languages: readonly string[] | undefined): Lang {
  return langFromSearch(search) ?? langFromNavigator(languages);
}

/**
 * Whether the address bar should name the language. English in an English browser stays out of the URL (clean
 * links); Chinese always goes in, so a link copied by a teacher opens in Chinese for every student; English
 * goes in when the browser would otherwise pick Chinese, so the choice survives a reload.
 */
export function langBelongsInUrl(lang: Lang, browserLang: Lang): boolean {
  return lang !== DEFAULT_LANG || browserLang !== DEFAULT_LANG;
}
