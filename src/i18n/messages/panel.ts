import { defineMessages } from '../messages';

/** What a panel shows when its content failed to render. */
export const panelMessages = defineMessages({
  en: {
    panelName: '{title} panel',
    failed: '⚠ The {panel} could not be drawn.',
    restWorks: 'The rest of the page still works; changing the scenario draws it again.',
    retry: 'Try again',
  },
  'zh-CN': {
    panelName: '“{title}”面板',
    failed: '⚠ 无法绘制{panel}。',
    restWorks: '页面其余部分仍可正常使用；修改场景后会重新绘制。',
    retry: '重试',
  },
});
