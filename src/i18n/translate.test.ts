import { describe, expect, it } from 'vitest';
import { defineMessages } from './messages';
import { interpolate, translator } from './translate';

const demo = defineMessages({
  en: { hello: 'Hello {name}', tasks: { one: '{count} task', other: '{count} tasks' }, plain: 'Plain' },
  'zh-CN': { hello: '你好，{name}', tasks: '{count} 个任务', plain: '纯文本' },
});

describe('interpolate', () => {
  it('fills placeholders, formatting numbers for the language', () => {
    expect(interpolate('{a} of {b}', { a: 1234.5, b: 'x' }, 'en')).toBe('1,234.5 of x');
    expect(interpolate('{a} 个', { a: 1234567 }, 'zh-CN')).toBe('1,234,567 个');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(interpolate('{a} and {b}', { a: 1 }, 'en')).toBe('1 and {b}');
  });

  it('inserts strings literally, even ones that look like placeholders or markup', () => {
    expect(interpolate('{a}', { a: '{b} <b>' }, 'en')).toBe('{b} <b>');
  });
});

describe('translator', () => {
  it('picks plural forms by count in English and the one form in Chinese', () => {
    const en = translator(demo, 'en');
    const zh = translator(demo, 'zh-CN');
    expect(en('tasks', { count: 1 })).toBe('1 task');
    expect(en('tasks', { count: 0 })).toBe('0 tasks');
    expect(en('tasks', { count: 2000 })).toBe('2,000 tasks');
    expect(zh('tasks', { count: 1 })).toBe('1 个任务');
    expect(zh('hello', { name: '小明' })).toBe('你好，小明');
    expect(zh('plain')).toBe('纯文本');
  });
});
