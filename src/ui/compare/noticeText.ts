import { translator, type Lang } from '../../i18n';
import { compareLinkMessages } from '../../i18n/messages/compareLink';

const NOTICE = /^Part of the link’s comparison could not be used: (.*)\.$/s;

/**
 * The Compare tab's link notice in the UI language. The store keeps the English that `parseCompare` wrote;
 * each known problem is translated with the link's own values kept, and an unknown one stays as written.
 * @example localizeCompareNotice('Part of the link’s comparison could not be used: unknown strategy “x”.', 'zh-CN')
 * // '链接中的部分对比设置无法使用：未知策略“x”。'
 */
export function localizeCompareNotice(notice: string, lang: Lang): string {
  const whole = NOTICE.exec(notice);
  if (lang === 'en' || !whole) return notice;
  const t = translator(compareLinkMessages, lang);
  const problem = (text: string): string => {
    let m = /^unknown strategy “(.*)”$/s.exec(text);
    if (m) return t('unknownStrategy', { name: m[1] });
    m = /^bad setting “(.*)” for (\S+)$/s.exec(text);
    if (m) return t('badSetting', { part: m[1], strategy: m[2] });
    m = /^bad work value “(.*)”$/s.exec(text);
    if (m) return t('badWork', { part: m[1] });
    m = /^only the first (\d+) of (\d+) strategies are compared$/.exec(text);
    if (m) return t('tooMany', { max: Number(m[1]), count: Number(m[2]) });
    m = /^a comparison needs at least (\d+) strategies, so the tutorial’s are shown$/.exec(text);
    if (m) return t('tooFew', { min: Number(m[1]) });
    return text;
  };
  return t('notice', { problems: whole[1].split('; ').map(problem).join(t('separator')) });
}
