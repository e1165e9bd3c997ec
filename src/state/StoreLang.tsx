import type { ReactNode } from 'react';
import { LangContext } from '../i18n/langContext';
import { selectLang } from './selectors';
import { useAppStore } from './store';

/** Gives `useT` and `useLang` below it the store's language; a switch re-renders what reads it. */
export function StoreLang({ children }: { readonly children: ReactNode }) {
  return <LangContext value={useAppStore(selectLang)}>{children}</LangContext>;
}
