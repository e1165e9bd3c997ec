import { translator, type Lang } from '../../i18n';
import { compareLinkMessages } from '../../i18n/messages/compareLink';
import type { CompareLinkProblem } from '../../state';

/**
 * The Compare tab's link notice in the UI language: every problem `parseCompare` found, with the link's values.
 * @example compareNoticeText([{ code: 'unknown-strategy', name: 'x' }], 'zh-CN') // '链接中的部分对比设置无法使用：未知策略“x”。'
 */
export function compareNoticeText(problems: readonly CompareLinkProblem[], lang: Lang): string {
  const t = translator(compareLinkMessages, lang);
  const text = (p: CompareLinkProblem): string => {
    switch (p.code) {
      case 'unknown-strategy':
        return t('unknownStrategy', { name: p.name });
      case 'bad-setting':
        return t('badSetting', { part: p.part, strategy: p.strategy });
      case 'bad-work':
        return t('badWork', { part: p.part });
      case 'too-many':
        return t('tooMany', { max: p.max, count: p.count });
      case 'too-few':
        return t('tooFew', { min: p.min });
    }
  };
  return t('notice', { problems: problems.map(text).join(t('separator')) });
}
