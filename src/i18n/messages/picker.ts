import { defineMessages } from '../messages';

/** The strategy picker in the sidebar. */
export const pickerMessages = defineMessages({
  en: {
    panelTitle: 'Strategy',
    nav: 'Strategies',
    groupBasics: 'Basics of asyncio',
    groupIo: 'Waiting for I/O',
    groupPools: 'Pools of workers',
  },
  'zh-CN': {
    panelTitle: '策略',
    nav: '策略列表',
    groupBasics: 'asyncio 基础',
    groupIo: '等待 I/O',
    groupPools: '工作池',
  },
});
