import { defineMessages } from '../../i18n/messages';

/** Presentation mode for talks. */
export const presentMessages = defineMessages({
  en: {
    present: 'Present',
    presentHint: 'Presentation mode: large type, controls hidden; ← → step through strategies (P)',
    exit: 'Exit presentation',
    keys: '← → or Page Up / Down: strategy · Esc: leave',
    keysLeave: 'Esc: leave',
    position: 'Strategy {n} of {count}',
  },
  'zh-CN': {
    present: '演示',
    presentHint: '演示模式：大字号、隐藏控件；← → 切换策略（P）',
    exit: '退出演示',
    keys: '← → 或 Page Up / Down：切换策略 · Esc：退出',
    keysLeave: 'Esc：退出',
    position: '第 {n} 个策略，共 {count} 个',
  },
});
