import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARE, defaultPool } from '..';
import { entriesParam, parseCompare, parseTab, workParam } from './compareLink';

describe('compare in the URL', () => {
  it('round-trips entries with their own pools and the shared work', () => {
    const entries = [
      { strategy: 'sequential' as const, pool: defaultPool('sequential') },
      { strategy: 'thread-pool' as const, pool: { ...defaultPool('thread-pool'), workers: 16 } },
      {
        strategy: 'process-pool' as const,
        pool: { ...defaultPool('process-pool'), startupMs: 500, cores: 8 },
      },
    ];
    const work = { ...DEFAULT_COMPARE.work, tasks: 100, cpuMs: 2.5, jitterKind: 'lognormal' as const };
    const c = entriesParam(entries);
    const cw = workParam(work);
    expect(c).toBe('sequential,thread-pool_w16,process-pool_n8_s500');
    expect(cw).toBe('t100_u2.5_glog');
    expect(encodeURIComponent(c).replace(/%2C/g, ',')).toBe(c); // nothing to percent-encode
    const back = parseCompare(c, cw);
    expect(back.notice).toBeNull();
    expect(back.entries).toEqual(entries);
    expect(back.work).toEqual(work);
  });

  it('writes nothing for the tutorial work', () => {
    expect(workParam(DEFAULT_COMPARE.work)).toBe('');
  });

  it('drops unknown strategies and bad values, keeps the rest, and says what it dropped', () => {
    const r = parseCompare('sequential,warp-drive,thread-pool_w9999_x3,gather', 't0_l500_zz');
    expect(r.entries.map((e) => e.strategy)).toEqual(['sequential', 'thread-pool', 'asyncio-gather']);
    expect(r.entries[1].pool.workers).toBe(defaultPool('thread-pool').workers);
    expect(r.work.tasks).toBe(DEFAULT_COMPARE.work.tasks);
    expect(r.work.latencyMs).toBe(500);
    expect(r.notice).toEqual([
      { code: 'unknown-strategy', name: 'warp-drive' },
      { code: 'bad-setting', part: 'w9999', strategy: 'thread-pool' },
      { code: 'bad-setting', part: 'x3', strategy: 'thread-pool' },
      { code: 'bad-work', part: 't0' },
      { code: 'bad-work', part: 'zz' },
    ]);
  });

  it('falls back to the tutorial when fewer than 2 strategies can be read, with a notice', () => {
    const r = parseCompare('nonsense', null);
    expect(r.entries.map((e) => e.strategy)).toEqual(DEFAULT_COMPARE.strategies);
    expect(r.notice).toEqual([
      { code: 'unknown-strategy', name: 'nonsense' },
      { code: 'too-few', min: 2 },
    ]);
  });

  it('cuts a list longer than 6, with a notice', () => {
    const r = parseCompare(Array(8).fill('sequential').join(','), null);
    expect(r.entries).toHaveLength(6);
    expect(r.notice).toEqual([{ code: 'too-many', max: 6, count: 8 }]);
  });

  it('does not let the basics scenes into a comparison', () => {
    expect(
      parseCompare('sequential,task-lifecycle,thread-pool', null).entries.map((e) => e.strategy),
    ).toEqual(['sequential', 'thread-pool']);
  });

  it('reads the tab, and nothing else', () => {
    expect(parseTab('compare')).toBe('compare');
    expect(parseTab(' Scaling ')).toBe('scaling');
    expect(parseTab('admin')).toBeNull();
    expect(parseTab(null)).toBeNull();
  });
});
