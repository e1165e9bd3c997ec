import { defineMessages } from '../messages';

/** Text drawn into exported figures (PNG / SVG), in the language the page was showing. */
export const figureMessages = defineMessages({
  en: { credit: 'Drawn with Awaitline' },
  'zh-CN': { credit: '由 Awaitline 绘制' },
});
