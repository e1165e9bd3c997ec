import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../catalogue';
import { strategyText } from './index';

const numbers = (text: string) => (text.match(/\d+(?:\.\d+)?/g) ?? []).sort();
const identifiers = (text: string) =>
  (text.match(/[A-Za-z_]+(?:\.[A-Za-z_]+)+|[a-z]+_[a-z_]+/g) ?? []).sort();

describe.each(STRATEGIES.map((s) => [s.id, s] as const))('zh-CN text of %s', (_id, strategy) => {
  const zh = strategyText(strategy, 'zh-CN');

  it('has a Chinese title, hint and the same number of paragraphs, none empty', () => {
    expect(zh.explanation).toHaveLength(strategy.explanation.length);
    for (const text of [zh.title, zh.hint, ...zh.explanation]) expect(text.trim()).not.toBe('');
    for (const text of [zh.hint, ...zh.explanation]) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps every figure and Python identifier of the English, paragraph by paragraph', () => {
    strategy.explanation.forEach((en, i) => {
      expect(numbers(zh.explanation[i]), `paragraph ${i + 1}`).toEqual(numbers(en));
      for (const name of identifiers(en)) expect(zh.explanation[i], name).toContain(name);
    });
  });

  it('returns the strategy’s own English text in English', () => {
    expect(strategyText(strategy, 'en')).toEqual({
      title: strategy.title,
      hint: strategy.hint,
      explanation: strategy.explanation,
    });
  });
});
