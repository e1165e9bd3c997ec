import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { BASE_PARAMS, checkParams, PARAM_SPECS } from '../../strategies';
import type { Params } from '../../trace/scenario';
import { localizeParamError, paramHelp, paramLabel } from './paramText';

const en = translator(controlsMessages, 'en');
const zh = translator(controlsMessages, 'zh-CN');
const specs = Object.values(PARAM_SPECS);

describe('parameter text', () => {
  it('has the English of PARAM_SPECS word for word, so the two cannot drift apart', () => {
    for (const s of specs) {
      expect(paramLabel(en, s.key)).toBe(s.label);
      expect(paramHelp(en, s.key)).toBe(s.help);
    }
  });

  it('translates every bound error of every parameter, with the same bounds', () => {
    for (const s of specs) {
      const [message] = Object.values(
        checkParams('thread-pool', { ...BASE_PARAMS, [s.key]: s.max + 1 } as Params),
      );
      expect(message).toBeDefined();
      const text = localizeParamError(message as string, 'zh-CN');
      expect(text).toContain(paramLabel(zh, s.key));
      expect(text).toContain(new Intl.NumberFormat('zh-CN').format(s.max));
      expect(text).toMatch(/必须在 .+ 到 .+ 之间。$/);
    }
  });

  it('translates non-numbers, fractions, the seed and unparsable text; leaves English as is', () => {
    const nan = checkParams('sequential', { ...BASE_PARAMS, tasks: Number.NaN }).tasks as string;
    expect(localizeParamError(nan, 'zh-CN')).toBe('任务数必须是数字。');
    const frac = checkParams('sequential', { ...BASE_PARAMS, workers: 2.5 }).workers as string;
    expect(localizeParamError(frac, 'zh-CN')).toBe('工作者数必须是整数。');
    const seed = checkParams('sequential', BASE_PARAMS, -1).seed as string;
    expect(localizeParamError(seed, 'zh-CN')).toMatch(/^种子必须是/);
    expect(localizeParamError('Enter a number.', 'zh-CN')).toBe('请输入一个数字。');
    expect(localizeParamError(nan, 'en')).toBe(nan);
    expect(localizeParamError('Something new went wrong.', 'zh-CN')).toBe('Something new went wrong.');
  });
});
