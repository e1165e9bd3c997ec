export type { Lang } from './lang';
export {
  DEFAULT_LANG,
  LANGS,
  LANG_QUERY,
  detectLang,
  langFromNavigator,
  langFromSearch,
  parseLang,
} from './lang';
export type { Message, MessageKey, MessageModule, PluralMessage } from './messages';
export { defineMessages } from './messages';
export { formatNumber, listJoin, numberFormat, pluralCategory } from './format';
export type { Translate, Vars } from './translate';
export { interpolate, translator } from './translate';
export { LangContext } from './langContext';
export { useLang, useT } from './useT';
export { useDocumentLang } from './useDocumentLang';
