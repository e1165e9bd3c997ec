import { formatNumber, pluralCategory } from './format';
import type { Lang } from './lang';
import type { Message, MessageModule } from './messages';

/** Values for `{name}` placeholders. Numbers are formatted for the language; strings are inserted as they are. */
export type Vars = Readonly<Record<string, string | number>>;

/** A translate function for one message module and one language. */
export type Translate<K extends string> = (key: K, vars?: Vars) => string;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The template a message uses for these variables: plural forms are chosen by `vars.count`. */
function template(message: Message, lang: Lang, vars: Vars | undefined): string {
  if (typeof message === 'string') return message;
  const count = vars?.count;
  if (typeof count === 'number' && pluralCategory(count, lang) === 'one' && message.one !== undefined)
    return message.one;
  return message.other;
}

/**
 * Fills `{name}` placeholders. A placeholder with no value is left visible (`{name}`), so a mistake shows on
 * screen and in tests rather than silently vanishing.
 * @example interpolate('{count} tasks in {time}', { count: 1200, time: '3 s' }, 'en') // '1,200 tasks in 3 s'
 */
export function interpolate(text: string, vars: Vars | undefined, lang: Lang): string {
  if (!vars) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/**
 * The translate function for a module in a language; usable outside React (formatters, tests).
 * @example translator(pickerMessages, 'zh-CN')('title') // '策略'
 */
export function translator<K extends string>(module: MessageModule<K>, lang: Lang): Translate<K> {
  const table = module[lang];
  return (key, vars) => interpolate(template(table[key] ?? module.en[key], lang, vars), vars, lang);
}
