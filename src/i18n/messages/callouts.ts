import { defineMessages } from '../messages';

/** Callouts on the chart and the callout menu, in each strategy’s own words. */
export const calloutMessages = defineMessages({
  en: {
    callouts: 'Callouts',
    calloutsShown: '{count} of {total} kinds shown',
    'toggle-loop-blocked': 'Event loop blocked',
    'toggle-gil-wait': 'Waiting for the GIL',
    'toggle-pool-saturated': 'Pool saturated',
    'toggle-semaphore-full': 'Semaphore full',
    'toggle-connector-cap': 'Connection limit',
    'callout-connector-cap':
      'the session’s {count} connections, not the semaphore, cap requests in flight: raising k gains nothing',
    'toggle-startup': 'Process start-up',
    'toggle-queue-loop-turn': 'Waiting their turn',
    'toggle-queue-semaphore': 'Semaphore full',
    'toggle-queue-connection': 'Connections busy',
    'toggle-queue-worker': 'Pool saturated',
    'callout-queue-loop-turn': {
      one: '{count} task waiting its turn in the loop',
      other: '{count} tasks waiting their turn in the loop',
    },
    'callout-queue-semaphore': {
      one: 'semaphore full: {count} task waiting for the semaphore',
      other: 'semaphore full: {count} tasks waiting for the semaphore',
    },
    'callout-queue-connection': {
      one: 'every connection busy: {count} task waiting for a connection',
      other: 'every connection busy: {count} tasks waiting for a connection',
    },
    'callout-queue-worker': {
      one: 'pool saturated: {count} task queued for a worker',
      other: 'pool saturated: {count} tasks queued for a worker',
    },
    'callout-loop-blocked': {
      one: 'event loop blocked by a blocking call: {count} task ready',
      other: 'event loop blocked by a blocking call: {count} tasks ready',
    },
    'callout-gil-wait': 'tasks ready but waiting for the GIL',
    'callout-pool-saturated': {
      one: 'pool saturated: {count} task queued',
      other: 'pool saturated: {count} tasks queued',
    },
    'callout-semaphore-full': {
      one: 'semaphore full: {count} task queued',
      other: 'semaphore full: {count} tasks queued',
    },
    'callout-startup': { one: 'process start-up', other: 'process start-up ({count} processes)' },
  },
  'zh-CN': {
    callouts: '标注',
    calloutsShown: '显示 {count} / {total} 类',
    'toggle-loop-blocked': '事件循环被阻塞',
    'toggle-gil-wait': '等待 GIL',
    'toggle-pool-saturated': '池已满',
    'toggle-semaphore-full': '信号量已满',
    'toggle-connector-cap': '连接数上限',
    'callout-connector-cap': '限制同时在途请求的是会话的 {count} 个连接，而不是信号量：再调大 k 也无济于事',
    'toggle-startup': '进程启动',
    'toggle-queue-loop-turn': '等待轮到自己',
    'toggle-queue-semaphore': '信号量已满',
    'toggle-queue-connection': '连接全忙',
    'toggle-queue-worker': '池已满',
    'callout-queue-loop-turn': '{count} 个任务在循环中等待轮到自己',
    'callout-queue-semaphore': '信号量已满：{count} 个任务等待信号量',
    'callout-queue-connection': '连接全忙：{count} 个任务等待空闲连接',
    'callout-queue-worker': '池已满：{count} 个任务排队等待工作进程/线程',
    'callout-loop-blocked': '阻塞调用卡住了事件循环：{count} 个任务就绪',
    'callout-gil-wait': '任务已就绪，但在等待 GIL',
    'callout-pool-saturated': '池已满：{count} 个任务排队',
    'callout-semaphore-full': '信号量已满：{count} 个任务排队',
    'callout-startup': { one: '进程启动', other: '进程启动（{count} 个进程）' },
  },
});
