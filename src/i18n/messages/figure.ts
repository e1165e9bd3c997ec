import { defineMessages } from '../messages';

/** Text drawn into exported figures (PNG / SVG), in the language the page was showing. */
export const figureMessages = defineMessages({
  en: {
    credit: 'Drawn with Awaitline',
    rowCap: 'Showing rows {from}–{to} of {total}.',
  },
  'zh-CN': {
    credit: '由 Awaitline 绘制',
    rowCap: '显示第 {from}–{to} 行，共 {total} 行。',
  },
});
