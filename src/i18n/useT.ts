import { use, useMemo } from 'react';
import { LangContext } from './langContext';
import type { Lang } from './lang';
import type { MessageModule } from './messages';
import { translator, type Translate } from './translate';

/** The language the UI is shown in. */
export function useLang(): Lang {
  return use(LangContext);
}

/**
 * The translate function for a feature's messages, in the current language; components re-render on a switch.
 * @example
 * const t = useT(pickerMessages);
 * return <h2>{t('title')}</h2>; // 'Strategy' or '策略'
 */
export function useT<K extends string>(module: MessageModule<K>): Translate<K> {
  const lang = useLang();
  return useMemo(() => translator(module, lang), [module, lang]);
}
