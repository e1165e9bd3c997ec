import { describe, expect, it } from 'vitest';
import { isolate, isolatedParts, stripBidi } from './bidi';

describe('bidi isolation', () => {
  it('isolates a value and shows its own direction controls as �, so none can close the isolate early', () => {
    expect(isolate('\u202E12345abc')).toBe('\u2068\ufffd12345abc\u2069');
    expect(isolate('a\u2069b\u2066c\u200fd')).toBe('\u2068a\ufffdb\ufffdc\ufffdd\u2069');
    expect(isolate('שלום 3')).toBe('\u2068שלום 3\u2069');
  });

  it('splits a sentence into plain runs and isolated values', () => {
    const text = `Ignored tasks=${isolate('\u202E5')}: must be ${isolate('x')}.`;
    expect(isolatedParts(text)).toEqual([
      { text: 'Ignored tasks=', isolated: false },
      { text: '\ufffd5', isolated: true },
      { text: ': must be ', isolated: false },
      { text: 'x', isolated: true },
      { text: '.', isolated: false },
    ]);
    expect(isolatedParts('no values')).toEqual([{ text: 'no values', isolated: false }]);
    // An isolate left open (the sentence was cut) is kept as text.
    expect(isolatedParts('cut \u2068x')).toEqual([{ text: 'cut \u2068x', isolated: false }]);
  });

  it('strips every control and mark where text cannot be isolated', () => {
    expect(stripBidi('a\u2068b\u202Ec\u2069d\u200ee\u061c')).toBe('abcde');
  });
});
