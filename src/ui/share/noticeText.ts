import type { LinkNotice } from '../../state';
import type { Translate } from '../../i18n/translate';
import { listJoin } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { isolate } from '../../i18n/bidi';
import type { MessageKey } from '../../i18n/messages';
import type { shareMessages } from './messages';

type ShareKey = MessageKey<typeof shareMessages>;
/** Longest piece of a link quoted back in a notice. */
const QUOTE_LENGTH = 40;

/**
 * A piece of the link, made safe to quote: control characters shown as `�`, cut to 40 characters. It is still
 * only ever rendered as React text, never as HTML.
 */
export function quote(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
  const chars = [...clean];
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH - 1).join('')}…` : clean;
}

/**
 * One notice in words.
 * Lists of keys or choices are joined the language's way ("tasks, lanes" / "tasks、lanes").
 * @example noticeText({ kind: 'invalid', key: 'tasks', value: 'abc', reason: { code: 'number', min: 1, max: 100000, whole: true } }, t, 'en')
 * // 'Ignored tasks=abc: must be a whole number from 1 to 100,000'
 */
export function noticeText(notice: LinkNotice, t: Translate<ShareKey>, lang: Lang): string {
  // A key is named even when the link gave it no name (`?====`), so the sentence never ends in nothing. Every
  // piece of the link is isolated (render with BidiText): `tasks=%E2%80%AE5` cannot reverse the sentence.
  const name = (key: string) => (key === '' ? t('noName') : isolate(quote(key)));
  const value = (text: string) => isolate(quote(text));
  switch (notice.kind) {
    case 'duplicate':
      return t('duplicate', { key: name(notice.key), value: value(notice.value) });
    case 'unknown':
      return t('unknown', {
        count: notice.keys.length,
        keys: listJoin(
          [...notice.keys.slice(0, 6).map(name), ...(notice.keys.length > 6 ? ['…'] : [])],
          lang,
        ),
      });
    case 'long':
      return t('long', { key: name(notice.key), length: notice.length, max: notice.max });
    case 'rest':
      return t('rest', { count: notice.count, max: notice.max });
    case 'version':
      return t('version', { value: value(notice.value) });
    case 'invalid': {
      const vars = { key: name(notice.key), value: value(notice.value) };
      const { reason } = notice;
      switch (reason.code) {
        case 'number':
          return t(reason.whole ? 'invalidWhole' : 'invalidNumber', {
            ...vars,
            min: reason.min,
            max: reason.max,
          });
        case 'choice':
          return t('invalidChoice', { ...vars, choices: listJoin(reason.choices, lang) });
        case 'strategy':
          return t('invalidStrategy', vars);
        case 'too-long':
          return t('tooLong', { key: vars.key, max: reason.max });
        case 'flag':
          return t('invalidFlag', vars);
        case 'program':
          return t('invalidProgram', { key: vars.key, max: reason.max });
      }
    }
  }
}
