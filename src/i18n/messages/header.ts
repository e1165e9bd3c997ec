import { defineMessages } from '../messages';

/** The header: brand line, theme and language switches, skip link. */
export const headerMessages = defineMessages({
  en: {
    tagline: 'How Python programs wait for slow I/O, task by task',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'System',
    language: 'Language',
    skipToTimeline: 'Skip to the timeline',
  },
  'zh-CN': {
    tagline: '逐个任务看清 Python 程序如何等待慢速 I/O',
    theme: '主题',
    themeLight: '浅色',
    themeDark: '深色',
    themeSystem: '跟随系统',
    language: '语言',
    skipToTimeline: '跳到时间线',
  },
});
