import { useLayoutEffect } from 'react';
import { useLang } from './useT';

/** Puts the UI language on `<html lang>`, so screen readers pronounce it and the browser picks CJK fonts. */
export function useDocumentLang(): void {
  const lang = useLang();
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
