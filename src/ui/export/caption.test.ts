import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../strategies';
import type { Scenario } from '../../trace/scenario';
import { synopsis } from '../timeline/synopsis';
import { figureCaption, figureFileName, figureTitle, slug } from './caption';

const gather = (patch: Partial<Scenario['params']> = {}): Scenario => {
  const s = defaultScenario('asyncio-gather');
  return {
    ...s,
    params: {
      ...s.params,
      tasks: 5,
      latencyMs: 3000,
      jitterMs: 0,
      cpuMs: 0,
      overheadMs: 0,
      connectorLimit: 0,
      ...patch,
    },
  };
};

describe('figure caption, title and file name', () => {
  it('names the file after strategy, N and latency', () => {
    expect(figureFileName(gather(), 'png')).toBe('awaitline-asyncio-gather-5x3000ms.png');
    expect(figureFileName(gather({ latencyMs: 250.4 }), 'svg')).toBe('awaitline-asyncio-gather-5x250ms.svg');
    expect(figureFileName(gather(), 'json', 'Chrome trace')).toBe(
      'awaitline-asyncio-gather-5x3000ms-chrome-trace.json',
    );
  });

  it('captions the parameters that matter, with units', () => {
    expect(figureCaption(gather())).toBe('N = 5 · latency 3.00 s · no CPU work · seed 1 · simulated');
    expect(figureCaption(gather({ jitterMs: 200, cpuMs: 5 }), 'live')).toBe(
      'N = 5 · latency 3.00 s ± 200 ms (uniform) · CPU 5 ms per task · recorded',
    );
  });

  it('shows pool sizes only for the strategies that have pools', () => {
    const pool = defaultScenario('process-pool');
    const caption = figureCaption(pool);
    expect(caption).toMatch(/\d+ workers?/);
    expect(caption).toMatch(/\d+ cores?/);
    expect(caption).toMatch(/start-up/);
    expect(figureCaption(gather())).not.toMatch(/workers|cores|concurrency/);
    expect(figureCaption(defaultScenario('asyncio-semaphore'))).toMatch(/concurrency \d+/);
  });

  it('titles with the strategy name and slugs file names safely', () => {
    expect(figureTitle(gather())).toBe('asyncio + aiohttp, all at once');
    expect(figureTitle(gather(), 'zh-CN')).not.toBe(figureTitle(gather()));
    expect(slug('My Trace (v2).json')).toBe('my-trace-v2');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
  });
});

describe('connector limit', () => {
  it('is captioned when set', () => {
    expect(figureCaption(gather({ connectorLimit: 100 }))).toMatch(/· connector limit 100 ·/);
  });

  it('speaks the UI language', () => {
    expect(figureCaption(gather({ cpuMs: 5 }), 'sim', 'zh-CN')).toBe(
      'N = 5 · 延迟 3.00 s · 每任务 CPU 5 ms · 种子 1 · 模拟',
    );
  });
});

describe('the default executor (workers = 0, max_workers=None)', () => {
  // CPython's ThreadPoolExecutor: max_workers=None means min(32, os.cpu_count() + 4) threads
  // (Lib/concurrent/futures/thread.py); loop.run_in_executor(None, ...) uses that default executor.
  const executor = defaultScenario('run-in-executor');
  const scenario = { ...executor, params: { ...executor.params, workers: 0, cores: 4 } };

  it('is said as its threads, never "0 workers", in the caption and the timeline heading, in both languages', () => {
    expect(figureCaption(scenario, 'sim', 'en')).toContain('default executor: 8 threads');
    expect(figureCaption(scenario, 'sim', 'zh-CN')).toContain('默认执行器：8 个线程');
    expect(synopsis(scenario, 'en')).toContain('default executor: 8 threads');
    expect(synopsis(scenario, 'zh-CN')).toContain('默认执行器：8 个线程');
    for (const lang of ['en', 'zh-CN'] as const) {
      expect(figureCaption(scenario, 'sim', lang)).not.toMatch(/(^|\D)0 (workers|个工作者)/);
      expect(synopsis(scenario, lang)).not.toMatch(/(^|\D)0 (workers|个工作者)/);
    }
  });
});
