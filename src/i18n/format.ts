import type { Lang } from './lang';

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * A cached `Intl.NumberFormat` for a language and options (formatters are costly to build, cheap to reuse).
 * @example numberFormat('zh-CN', { maximumFractionDigits: 1 }).format(1234.5) // '1,234.5'
 */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number written the way the language writes it. */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lang, options).format(value);
}

/** The plural category of a count in a language (`one`/`other` in English; always `other` in Chinese). */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * Items joined as a list in the language's punctuation: "a, b, c" in English, "a、b、c" in Chinese (a Chinese
 * sentence with "：" must not go on with ", ").
 *
 * @example listJoin(['asyncio', 'aiohttp'], 'zh-CN') // "asyncio、aiohttp"
 */
export function listJoin(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh-CN' ? '、' : ', ');
}
