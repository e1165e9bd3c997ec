import { defineMessages } from '../messages';

/** Why part of a comparison link was ignored (`CompareLinkProblem`, worded by ui/compare/linkProblemText.ts). */
export const compareLinkMessages = defineMessages({
  en: {
    notice: 'Part of the link’s comparison could not be used: {problems}.',
    separator: '; ',
    unknownStrategy: 'unknown strategy “{name}”',
    badSetting: 'bad setting “{part}” for {strategy}',
    badWork: 'bad work value “{part}”',
    tooMany: 'only the first {max} of {count} strategies are compared',
    tooFew: 'a comparison needs at least {min} strategies, so the tutorial’s are shown',
  },
  'zh-CN': {
    notice: '链接中的部分对比设置无法使用：{problems}。',
    separator: '；',
    unknownStrategy: '未知策略“{name}”',
    badSetting: '{strategy} 的设置“{part}”无效',
    badWork: '工作量取值“{part}”无效',
    tooMany: '共 {count} 个策略，只对比前 {max} 个',
    tooFew: '对比至少需要 {min} 个策略，因此显示教程中的策略',
  },
});
