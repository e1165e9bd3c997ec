import { describe, expect, it } from 'vitest';
import { BASE_PARAMS, checkParams } from '../../strategies';
import { runProblemText } from './runProblemText';

describe('runProblemText', () => {
  it('words each problem in both languages and keeps the browser’s detail', () => {
    const crashed = { code: 'worker-failed', detail: null } as const;
    expect(runProblemText(crashed, 'en')).toBe(
      'The simulation worker failed: it could not start or crashed.',
    );
    expect(runProblemText(crashed, 'zh-CN')).toBe('模拟 Worker 出错：无法启动或已崩溃。');
    expect(runProblemText({ code: 'worker-failed', detail: 'Out of memory' }, 'zh-CN')).toBe(
      '模拟 Worker 出错：Out of memory。',
    );
    expect(runProblemText({ code: 'read-trace', detail: 'bad length' }, 'zh-CN')).toBe(
      '无法读取轨迹：bad length',
    );
    expect(runProblemText({ code: 'start-worker', detail: 'SecurityError' }, 'en')).toBe(
      'Could not start the simulation worker: SecurityError',
    );
    expect(runProblemText({ code: 'bad-message' }, 'zh-CN')).toBe('模拟 Worker 发来的消息页面无法读取。');
    expect(runProblemText({ code: 'stopped' }, 'en')).toBe('Stopped.');
    expect(runProblemText({ code: 'other', detail: 'Something else' }, 'zh-CN')).toBe('Something else');
  });

  it('words a scenario that cannot run, problem by problem', () => {
    const problems = Object.values(checkParams('thread-pool', { ...BASE_PARAMS, tasks: 0, workers: 999 }));
    expect(runProblemText({ code: 'scenario', problems }, 'zh-CN')).toBe(
      '任务数必须在 1 到 100,000 之间。工作者数必须在 1 到 256 之间。',
    );
    expect(runProblemText({ code: 'scenario', problems }, 'en')).toBe(
      'Tasks must be between 1 and 100,000. Workers must be between 1 and 256.',
    );
  });
});
