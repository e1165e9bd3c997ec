import { defineMessages } from '../messages';

/**
 * What a queued task waits for, in its strategy's own words (a for-loop has no pool): the legend, the state
 * panel and the callouts use these. Keys are `QueueKind`s of the strategy record.
 */
export const queueMessages = defineMessages({
  en: {
    'loop-turn': 'waiting their turn in the loop',
    semaphore: 'waiting for the semaphore',
    connection: 'waiting for a connection',
    worker: 'queued for a worker',
  },
  'zh-CN': {
    'loop-turn': '在循环中等待轮到自己',
    semaphore: '等待信号量',
    connection: '等待空闲连接',
    worker: '排队等待工作进程/线程',
  },
});
