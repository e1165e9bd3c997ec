// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { composeFigure } from './compose';

const palette = { fg: '#000', muted: '#555', background: '#fff', font: 'sans-serif' };
const credit = () =>
  composeFigure(document, { title: 'T', parts: [], legend: [], palette }).svg.textContent ?? '';

afterEach(() => {
  document.documentElement.lang = 'en';
});

describe('figure credit line', () => {
  it('follows the language the page shows', () => {
    document.documentElement.lang = 'en';
    expect(credit()).toContain('Drawn with Awaitline');
    document.documentElement.lang = 'zh-CN';
    expect(credit()).toContain('由 Awaitline 绘制');
    expect(credit()).not.toContain('Drawn with');
  });
});
