import { describe, expect, it } from 'vitest';
import { localLabel } from './traceLabel';

describe('localLabel', () => {
  it('translates the names the simulator and the live runner make, and leaves Python names and code alone', () => {
    const zh = (label: string) => localLabel(label, 'zh-CN');
    expect(zh('task 12')).toBe('任务 12');
    expect(zh('tasks 1–50')).toBe('任务 1–50');
    expect(zh('Thread 3')).toBe('线程 3');
    expect(zh('event loop')).toBe('事件循环');
    expect(zh('MainProcess (page)')).toBe('MainProcess（页面）');
    expect(zh('MainProcess (restart 2)')).toBe('MainProcess（第 2 次重启）');
    for (const kept of [
      'main()',
      'MainProcess',
      'ForkPoolWorker-1',
      'SpawnProcess-2',
      'SyncManager-1',
      'my task',
    ])
      expect(zh(kept)).toBe(kept);
  });

  it('is the identity in English', () => {
    expect(localLabel('task 1', 'en')).toBe('task 1');
  });
});
