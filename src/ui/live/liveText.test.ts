import { describe, expect, it } from 'vitest';
import type { LiveReport } from '../../live/types';
import { defaultScenario, simulateScenario } from '../../strategies';
import {
  faultProblemText,
  finalProgress,
  fidelityRatio,
  limitsText,
  overLimitText,
  progressText,
  spawnStats,
} from './liveText';

describe('live text', () => {
  it('states the limits in both languages', () => {
    expect(limitsText('en')).toBe(
      'Live runs: up to 1,000 tasks, 10 s latency, 16 workers, concurrency 1,000 and 2 s of CPU per task.',
    );
    expect(limitsText('zh-CN')).toContain('1,000 个任务');
  });

  it('names each parameter past its limit with its unit', () => {
    expect(overLimitText({ key: 'tasks', value: 5000, limit: 1000 }, 'en')).toBe(
      'Tasks is 5,000; the live limit is 1,000.',
    );
    expect(overLimitText({ key: 'latencyMs', value: 20000, limit: 10000 }, 'en')).toBe(
      'Endpoint latency is 20,000 ms; the live limit is 10,000 ms.',
    );
    expect(overLimitText({ key: 'workers', value: 32, limit: 16 }, 'zh-CN')).toBe(
      '工作者数为 32；实测上限为 16。',
    );
  });

  it('words a refused fault value', () => {
    expect(faultProblemText({ code: 'number' }, '%', 'en')).toBe('Enter a number.');
    expect(faultProblemText({ code: 'range', min: 0, max: 100, whole: false }, '%', 'en')).toBe(
      'Enter a number from 0 % to 100 %.',
    );
    expect(faultProblemText({ code: 'range', min: 50, max: 60000, whole: true }, 'ms', 'en')).toBe(
      'Enter a whole number from 50 ms to 60,000 ms.',
    );
  });

  it('writes progress, or that the run is starting', () => {
    expect(progressText({ total: 100, done: 40, failed: 3, elapsedMs: 1520 }, 'en')).toBe(
      '40 of 100 done, 3 failed · 1.52 s',
    );
    expect(progressText(null, 'en')).toMatch(/^Starting/);
  });

  it('computes fidelity and worker start-up figures', () => {
    expect(fidelityRatio(3040, 3000)).toBeCloseTo(1.0133, 3);
    expect(fidelityRatio(100, 0)).toBeNull();
    expect(spawnStats([])).toBeNull();
    expect(spawnStats([30, 10, 20])).toEqual({ min: 10, median: 20, max: 30 });
    expect(spawnStats([40, 10, 20, 30])).toEqual({ min: 10, median: 25, max: 40 });
  });

  it('reads the final tally from the trace', () => {
    const trace = simulateScenario(defaultScenario('asyncio-gather'));
    const failedOne = {
      ...trace,
      tasks: trace.tasks.map((t, i) =>
        i === 0
          ? {
              ...t,
              segments: t.segments.map((s, j) =>
                j === t.segments.length - 1 ? { ...s, state: 'failed' as const } : s,
              ),
            }
          : t,
      ),
    };
    const tally = finalProgress({ trace: failedOne } as unknown as LiveReport);
    expect(tally).toMatchObject({ total: 5, done: 4, failed: 1 });
    expect(tally.elapsedMs).toBeGreaterThan(3000);
  });
});
