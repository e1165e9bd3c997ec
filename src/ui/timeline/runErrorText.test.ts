import { describe, expect, it } from 'vitest';
import { BASE_PARAMS, checkParams } from '../../strategies';
import { localizeRunError } from './runErrorText';

describe('localizeRunError', () => {
  it('translates the runner’s own sentences and keeps the browser’s detail', () => {
    expect(localizeRunError('The simulation worker failed: it could not start or crashed.', 'zh-CN')).toBe(
      '模拟 Worker 出错：无法启动或已崩溃。',
    );
    expect(localizeRunError('The simulation worker failed: Out of memory.', 'zh-CN')).toBe(
      '模拟 Worker 出错：Out of memory。',
    );
    expect(localizeRunError('Could not read the trace: bad length', 'zh-CN')).toBe(
      '无法读取轨迹：bad length',
    );
    expect(localizeRunError('Could not start the simulation worker: SecurityError', 'zh-CN')).toBe(
      '无法启动模拟 Worker：SecurityError',
    );
  });

  it('translates parameter errors sentence by sentence', () => {
    const errors = Object.values(checkParams('thread-pool', { ...BASE_PARAMS, tasks: 0, workers: 999 })).join(
      ' ',
    );
    expect(localizeRunError(errors, 'zh-CN')).toBe(
      '任务数必须在 1 到 100,000 之间。工作者数必须在 1 到 256 之间。',
    );
  });

  it('leaves English and unknown messages alone', () => {
    expect(localizeRunError('The simulation worker failed: x.', 'en')).toBe(
      'The simulation worker failed: x.',
    );
    expect(localizeRunError('Something else', 'zh-CN')).toBe('Something else');
  });
});
