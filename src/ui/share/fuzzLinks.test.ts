/**
 * Random hostile links (issue 14): 1,000 queries built from the app's own keys and hostile pieces (huge values,
 * nameless and repeated keys, direction and control characters, broken percent-encoding, prototype keys, many
 * pairs). Each opens a valid state without throwing; each notice is bounded, isolates what it quotes, and holds
 * no control or direction character outside an isolate; what the app writes back opens with no notice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppStore, THEME_CHOICES } from '../../state';
import { linkFor, loadLink } from '../../state/link/registry';
import { checkParams } from '../../strategies';
import { translator } from '../../i18n/translate';
import { shareMessages } from './messages';
import { noticeText } from './noticeText';

const KEYS = [
  'strategy',
  'tasks',
  'latency',
  'workers',
  'cpu',
  'seed',
  'view',
  'theme',
  'lang',
  'tab',
  'c',
  'cw',
];
const PIECES = [
  ...KEYS,
  'thread-pool',
  'sequential',
  'compare',
  '5',
  '-1',
  '1e309',
  'NaN',
  '',
  '=',
  '%',
  '%E2%80%AE',
  '%E2%81%A6',
  '%00',
  '%F0%9F%98%80',
  '__proto__',
  'constructor',
  '<script>',
  ',',
  '+',
  '?',
];

/** A piece, or a long run of one character (up to 20,000). */
const arbText = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', '9', '%E2%80%AE'), fc.nat(20_000)) },
);
const arbPair = fc
  .tuple(arbText, fc.boolean(), arbText)
  .map(
    ([k, eq, v]) =>
      `${typeof k === 'string' ? k : k[0].repeat(k[1])}${eq ? '=' : ''}${typeof v === 'string' ? v : v[0].repeat(v[1])}`,
  );
const arbQuery = fc.array(arbPair, { maxLength: 80 }).map((pairs) => `?${pairs.join('&')}`);

const OUTSIDE_ISOLATES = /\u2068[^\u2068\u2069]*\u2069/g;
// eslint-disable-next-line no-control-regex -- the characters a notice must never show raw
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('fuzzed links', () => {
  it('1,000 random hostile links each open a valid state, say what they dropped safely, and write back clean', () => {
    let notices = 0;
    fc.assert(
      fc.property(arbQuery, (search) => {
        const store = createAppStore();
        const found = loadLink(search, store.getState);
        const { scenario, theme } = store.getState();
        expect(checkParams(scenario.strategy, scenario.params, scenario.seed)).toEqual({});
        expect(THEME_CHOICES).toContain(theme);
        for (const lang of ['en', 'zh-CN'] as const) {
          for (const notice of found) {
            const text = noticeText(notice, translator(shareMessages, lang), lang);
            expect(text.length).toBeLessThan(600);
            expect(text.replace(OUTSIDE_ISOLATES, '')).not.toMatch(RAW_CONTROL);
          }
        }
        notices += found.length;
        const again = createAppStore();
        expect(loadLink(linkFor(store.getState()), again.getState)).toEqual([]);
        expect(again.getState().scenario).toEqual(scenario);
      }),
      { numRuns: 1000, seed: 14 },
    );
    expect(notices).toBeGreaterThan(1000);
  });
});
