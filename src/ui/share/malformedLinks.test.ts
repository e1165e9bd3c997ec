import { describe, expect, it } from 'vitest';
import { checkParams } from '../../strategies';
import { createAppStore, THEME_CHOICES } from '../../state';
import { noticeText, quote } from './noticeText';
import { shareMessages } from './messages';
import { translator } from '../../i18n/translate';
import { HARMLESS_LINKS, MALFORMED_LINKS } from '../../state/link/malformedLinks';
import { linkFor, loadLink } from '../../state/link/registry';

const t = translator(shareMessages, 'en');

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
      expect(checkParams(scenario.params, scenario.seed)).toEqual({});
      expect(['tasks', 'lanes']).toContain(state.ganttView);
      expect(THEME_CHOICES).toContain(state.theme);
      expect(notices.length).toBeGreaterThan(0);
      for (const notice of notices) {
        const text = noticeText(notice, t);
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
    expect(open('?tasks=abc').notices.map((n) => noticeText(n, t))).toEqual([
      'Ignored tasks=abc: must be a whole number from 1 to 100,000',
    ]);
  });
});
