import { createContext } from 'react';
import { DEFAULT_LANG, type Lang } from './lang';

/**
 * The language the UI is shown in, for `useT` and `useLang`. The app fills it from the store's `lang` (see
 * state/StoreLang.tsx), so i18n does not depend on the store; without a provider the UI is in English.
 */
export const LangContext = createContext<Lang>(DEFAULT_LANG);
