import { useShallow } from 'zustand/react/shallow';
import { LANGS, useLang, useT, type Lang } from '../../i18n';
import { headerMessages } from '../../i18n/messages/header';
import { selectViewActions, useAppStore } from '../../state';

/** Each language named in itself, so a reader who cannot read the current one still finds theirs. */
const NAMES: Readonly<Record<Lang, string>> = { en: 'EN', 'zh-CN': '中文' };
const FULL_NAMES: Readonly<Record<Lang, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** English or Simplified Chinese: a two-way radio group; the choice goes into the URL. */
export function LangSwitch() {
  const lang = useLang();
  const t = useT(headerMessages);
  const { setLang } = useAppStore(useShallow(selectViewActions));
  return (
    <fieldset className="segmented lang-switch">
      <legend className="visually-hidden">{t('language')}</legend>
      {LANGS.map((choice) => (
        <label key={choice} className="segmented-option" lang={choice} title={FULL_NAMES[choice]}>
          <input
            type="radio"
            name="lang"
            value={choice}
            checked={lang === choice}
            aria-label={FULL_NAMES[choice]}
            onChange={() => setLang(choice)}
          />
          <span aria-hidden="true">{NAMES[choice]}</span>
        </label>
      ))}
    </fieldset>
  );
}
