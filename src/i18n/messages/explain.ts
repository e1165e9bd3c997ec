import { defineMessages } from '../messages';

/** The explanation and the Python source under the timeline. */
export const explainMessages = defineMessages({
  en: {
    howItWorks: 'How it works',
    thePython: 'The Python',
    sourceLabel: 'Python source: {title}',
    copy: 'Copy',
    copied: 'Copied ✓',
    copyFailed: 'Copy failed',
  },
  'zh-CN': {
    howItWorks: '原理',
    thePython: 'Python 代码',
    sourceLabel: 'Python 源代码：{title}',
    copy: '复制',
    copied: '已复制 ✓',
    copyFailed: '复制失败',
  },
});
