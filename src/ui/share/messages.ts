import { defineMessages } from '../../i18n/messages';

/** The share features: copy link, notices about a link's ignored values. */
export const shareMessages = defineMessages({
  en: {
    copyLink: 'Copy link',
    embed: 'Embed',
    copied: 'Link copied',
    copyFallback: 'Copy this link (Ctrl+C / ⌘C):',
    copyHint: 'A link to this exact run: strategy, parameters, seed, view and theme',
    close: 'Close',
    noticesTitle: 'Part of this link was ignored',
    dismiss: 'Dismiss',
    more: { one: '…and {count} more', other: '…and {count} more' },
    invalidNumber: 'Ignored {key}={value}: must be a number from {min} to {max}',
    invalidWhole: 'Ignored {key}={value}: must be a whole number from {min} to {max}',
    invalidChoice: 'Ignored {key}={value}: must be one of {choices}',
    invalidStrategy: 'Ignored strategy={value}: not a strategy Awaitline knows',
    tooLong: 'Ignored {key}: the value is longer than {max} characters',
    invalidProgram:
      'Ignored {key}: it is not a program this app wrote (or it decodes to more than {max} characters); the strategy’s own program is shown',
    invalidFlag: 'Ignored {key}={value}: must be 1 or 0',
    duplicate: 'Ignored the repeated {key}={value}: the first {key} is used',
    unknown: { one: 'Ignored an unknown setting: {keys}', other: 'Ignored unknown settings: {keys}' },
    version: 'This link is from another version of Awaitline (v={value}); it was read as version 1',
  },
  'zh-CN': {
    copyLink: '复制链接',
    embed: '嵌入',
    copied: '链接已复制',
    copyFallback: '复制此链接（Ctrl+C / ⌘C）：',
    copyHint: '指向这次运行的链接：策略、参数、种子、视图和主题',
    close: '关闭',
    noticesTitle: '链接中的部分内容已被忽略',
    dismiss: '知道了',
    more: '……另有 {count} 条',
    invalidNumber: '已忽略 {key}={value}：必须是 {min} 到 {max} 之间的数',
    invalidWhole: '已忽略 {key}={value}：必须是 {min} 到 {max} 之间的整数',
    invalidChoice: '已忽略 {key}={value}：只能是 {choices} 之一',
    invalidStrategy: '已忽略 strategy={value}：Awaitline 没有这个策略',
    tooLong: '已忽略 {key}：值超过 {max} 个字符',
    invalidProgram:
      '已忽略 {key}：它不是本应用写入的程序（或解码后超过 {max} 个字符）；显示的是该策略自己的程序',
    invalidFlag: '已忽略 {key}={value}：只能是 1 或 0',
    duplicate: '已忽略重复的 {key}={value}：使用第一个 {key}',
    unknown: '已忽略未知设置：{keys}',
    version: '此链接来自另一版本的 Awaitline（v={value}），已按版本 1 读取',
  },
});
