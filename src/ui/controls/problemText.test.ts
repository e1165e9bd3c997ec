import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { BASE_PARAMS, checkParams, PARAM_SPECS } from '../../strategies';
import type { Params } from '../../trace/scenario';
import { paramLabel, problemText } from './problemText';

const en = translator(controlsMessages, 'en');
const zh = translator(controlsMessages, 'zh-CN');

describe('problemText', () => {
  it('words every bound problem of every parameter in both languages, with the same bounds and unit', () => {
    for (const s of Object.values(PARAM_SPECS)) {
      const problem = checkParams('thread-pool', { ...BASE_PARAMS, [s.key]: s.max + 1 } as Params)[s.key];
      expect(problem).toEqual({ code: 'out-of-range', key: s.key, min: s.min, max: s.max });
      if (!problem) continue;
      const max = (lang: string) => new Intl.NumberFormat(lang).format(s.max) + (s.unit ? ` ${s.unit}` : '');
      expect(problemText(problem, en, 'en')).toBe(
        `${paramLabel(en, s.key)} must be between ${s.min}${s.unit ? ` ${s.unit}` : ''} and ${max('en')}.`,
      );
      const text = problemText(problem, zh, 'zh-CN');
      expect(text).toContain(paramLabel(zh, s.key));
      expect(text).toContain(max('zh-CN'));
      expect(text).toMatch(/必须在 .+ 到 .+ 之间。$/);
    }
  });

  it('words non-numbers, fractions, the seed, the jitter kind and unparsable text', () => {
    const nan = checkParams('thread-pool', { ...BASE_PARAMS, tasks: Number.NaN }).tasks;
    const frac = checkParams('thread-pool', { ...BASE_PARAMS, workers: 2.5 }).workers;
    const seed = checkParams('thread-pool', BASE_PARAMS, -1).seed;
    const kind = checkParams('thread-pool', {
      ...BASE_PARAMS,
      jitterKind: 'gauss' as Params['jitterKind'],
    }).jitterKind;
    if (!nan || !frac || !seed || !kind) throw new Error('expected four problems');
    expect(problemText(nan, zh, 'zh-CN')).toBe('任务数必须是数字。');
    expect(problemText(nan, en, 'en')).toBe('Tasks must be a number.');
    expect(problemText(frac, zh, 'zh-CN')).toBe('工作者数必须是整数。');
    expect(problemText(seed, zh, 'zh-CN')).toMatch(/^种子必须是/);
    expect(problemText(seed, en, 'en')).toBe('Seed must be a whole number from 0 to 4294967295.');
    expect(problemText(kind, en, 'en')).toBe('Jitter kind must be uniform or lognormal.');
    expect(problemText({ code: 'enter-number', key: 'tasks' }, zh, 'zh-CN')).toBe('请输入一个数字。');
  });
});
