import { describe, expect, it } from 'vitest';
import { checkParams, STRATEGIES } from '../../strategies';
import { createAppStore, THEME_CHOICES } from '../../state';
import { noticeText, quote } from './noticeText';
import { shareMessages } from './messages';
import { translator } from '../../i18n/translate';
import { HARMLESS_LINKS, MALFORMED_LINKS } from '../../state/link/malformedLinks';
import { linkFor, loadLink } from '../../state/link/registry';

const t = translator(shareMessages, 'en');
/** A notice as the page shows it: the isolated values' marks become `<bdi>` elements, not text. */
const shown = (text: string) => text.replace(/[\u2068\u2069]/g, '');

function open(search: string) {
  const store = createAppStore();
  const notices = loadLink(search, store.getState);
  return { state: store.getState(), notices };
}

describe('malformed links', () => {
  it('has at least 50 of them', () => {
    expect(MALFORMED_LINKS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(MALFORMED_LINKS.map((q) => [q.length > 60 ? `${q.slice(0, 60)}… (${q.length} chars)` : q, q]))(
    '%s opens a valid scenario with a notice',
    (_name, query) => {
      const { state, notices } = open(`?${query}`);
      const { scenario } = state;
      expect(checkParams(scenario.strategy, scenario.params, scenario.seed)).toEqual({});
      expect(['tasks', 'lanes']).toContain(state.ganttView);
      expect(THEME_CHOICES).toContain(state.theme);
      expect(notices.length).toBeGreaterThan(0);
      for (const notice of notices) {
        const text = noticeText(notice, t, 'en');
        expect(text.length).toBeLessThan(400);
        expect([...text].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
      }
      // What the app writes back is clean: reading it again gives no notice and the same state.
      const again = open(linkFor(state));
      expect(again.notices).toEqual([]);
      expect(again.state.scenario).toEqual(scenario);
    },
  );

  it.each(HARMLESS_LINKS)('"%s" opens without a notice', (query) => {
    expect(open(`?${query}`).notices).toEqual([]);
  });

  it('never lets a key reach an object prototype', () => {
    open('?__proto__=1&constructor=1&__proto__[tasks]=5');
    expect(({} as Record<string, unknown>).tasks).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'tasks')).toBe(false);
  });

  it('quotes at most 40 characters of a value and shows control characters as �', () => {
    expect(quote('x'.repeat(5000))).toHaveLength(40);
    expect(quote('a\u0000b\nc')).toBe('a\ufffdb\ufffdc');
  });

  it('words notices as the brief asks', () => {
    expect(open('?tasks=abc').notices.map((n) => noticeText(n, t, 'en'))).toEqual([
      'Ignored \u2068tasks\u2069=\u2068abc\u2069: must be a whole number from 1 to 100,000',
    ]);
  });
});

describe('long links say what was dropped (issue 14)', () => {
  const words = (search: string, lang: 'en' | 'zh-CN' = 'en') =>
    open(search).notices.map((n) => shown(noticeText(n, translator(shareMessages, lang), lang)));

  it('drops only a pair too long to read, and reads the settings after it', () => {
    const { state, notices } = open(`?x=${'y'.repeat(100_000)}&tasks=7`);
    expect(state.scenario.params.tasks).toBe(7);
    expect(notices.map((n) => shown(noticeText(n, t, 'en')))).toEqual([
      'Ignored x: at 100,002 characters it is longer than a link setting may be (8,192); the rest of the link was read',
    ]);
    expect(words(`?x=${'y'.repeat(100_000)}&tasks=7`, 'zh-CN')).toEqual([
      '已忽略 x：长度为 100,002 个字符，超过链接设置的上限（8,192）；链接的其余部分已读取',
    ]);
  });

  it('a comparison of 1,000 entries is named as dropped, and tab=compare after it still opens Compare', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => STRATEGIES[i % STRATEGIES.length].id).join(',');
    const { state, notices } = open(`?c=${entries}&tab=compare`);
    expect(state.tab).toBe('compare');
    expect(notices.map((n) => shown(noticeText(n, t, 'en')))).toEqual([
      expect.stringMatching(
        /^Ignored c: at [\d,]+ characters it is longer than a link setting may be \(8,192\)/,
      ),
    ]);
  });

  it('lists keys and choices the language’s way: "a, b" in English, "a、b" in Chinese', () => {
    expect(words('?theme=pink&foo=1&bar=2')).toEqual([
      expect.stringContaining('light, dark'),
      expect.stringContaining('foo, bar'),
    ]);
    const zh = words('?theme=pink&foo=1&bar=2', 'zh-CN');
    expect(zh).toEqual([expect.stringContaining('light、dark'), expect.stringContaining('foo、bar')]);
    for (const line of zh) expect(line).not.toContain(', ');
  });

  it('names a setting that has no name', () => {
    expect(words('?====')).toEqual(['Ignored an unknown setting: (a setting with no name)']);
    expect(words('?====', 'zh-CN')).toEqual(['已忽略未知设置：（没有名称的设置）']);
    expect(words('?=5&tasks=5&tasks=6')).toEqual([
      'Ignored the repeated tasks=6: the first tasks is used',
      'Ignored an unknown setting: (a setting with no name)',
    ]);
  });

  it('reads at most 64 settings and says how many more were dropped', () => {
    const pairs = Array.from({ length: 100 }, (_, i) => `k${i}=1`).join('&');
    const { state, notices } = open(`?tasks=9&${pairs}&tasks=3`);
    expect(state.scenario.params.tasks).toBe(9);
    const text = notices.map((n) => noticeText(n, t, 'en'));
    expect(text[0]).toBe(
      'Ignored 38 more settings at the end of the link: only its first 64 settings are read',
    );
    expect(words(`?${pairs}`, 'zh-CN')[0]).toBe('已忽略链接末尾另外 36 项设置：只读取前 64 项');
  });

  it('never decodes more than the bounded part of a huge link', () => {
    // 2 M characters of one key: named from its first 200 characters, quoted to 40.
    const text = words(`?${'k'.repeat(2_000_000)}=1&tasks=4`);
    expect(text).toEqual([
      `Ignored ${'k'.repeat(39)}…: at 2,000,002 characters it is longer than a link setting may be (8,192); the rest of the link was read`,
    ]);
  });
});

describe('direction controls in a link (issue 14)', () => {
  it('cannot reverse the notice: the value is isolated and its override shown as �', () => {
    const [notice] = open('?tasks=%E2%80%AE12345abc').notices;
    expect(noticeText(notice, t, 'en')).toBe(
      'Ignored \u2068tasks\u2069=\u2068\ufffd12345abc\u2069: must be a whole number from 1 to 100,000',
    );
    // Every piece quoted from a link is isolated, in both languages, whatever the notice.
    for (const search of [
      '?%E2%80%AEk=1',
      '?tasks=5&tasks=%E2%81%A76',
      '?v=%E2%80%AE2',
      '?theme=%E2%80%AB',
    ]) {
      for (const lang of ['en', 'zh-CN'] as const) {
        for (const n of open(search).notices) {
          const text = noticeText(n, translator(shareMessages, lang), lang);
          expect(text.replace(/\u2068[^\u2068\u2069]*\u2069/g, '')).not.toMatch(
            /[\u202a-\u202e\u2066-\u2069]/,
          );
          expect(text).toContain('\ufffd');
        }
      }
    }
  });
});
