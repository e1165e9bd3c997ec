/**
 * Keeping someone else's text from reordering the app's sentences (issue 14). A value from a link, a file name
 * or a trace label may hold direction controls (U+202E RIGHT-TO-LEFT OVERRIDE reverses everything after it) or
 * right-to-left letters that pull neighbouring numbers and punctuation along. Each such value put into a sentence
 * is *isolated*: wrapped in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE (what `<bdi>` does, and
 * what Fluent does for every placeable), after its own controls are replaced, so nothing in it can close the
 * isolate early. `BidiText` renders those spans as `<bdi>` elements; where text cannot be isolated (SVG, exports,
 * captions) `stripBidi` removes the marks and controls.
 */

/** Embedding, override and isolate controls, and the direction marks (LRM, RLM, ALM). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export const ISOLATE_START = '\u2068';
export const ISOLATE_END = '\u2069';

/**
 * A value made safe to put into a sentence: its direction controls shown as `�`, the whole isolated.
 * @example isolate('\u202E12345abc') // '\u2068\uFFFD12345abc\u2069'
 */
export function isolate(value: string): string {
  return `${ISOLATE_START}${value.replace(BIDI_CONTROLS, '\ufffd')}${ISOLATE_END}`;
}

/**
 * Text with every direction control and mark removed (isolates included): for SVG text, exported files and
 * other places that cannot isolate.
 * @example stripBidi('a\u2068b\u202Ec\u2069') // 'abc'
 */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A sentence split into plain runs and isolated values (without their marks), for rendering as `<bdi>`. */
export function isolatedParts(
  text: string,
): readonly { readonly text: string; readonly isolated: boolean }[] {
  const parts: { text: string; isolated: boolean }[] = [];
  let at = 0;
  for (;;) {
    const start = text.indexOf(ISOLATE_START, at);
    const end = start < 0 ? -1 : text.indexOf(ISOLATE_END, start + 1);
    if (end < 0) {
      if (at < text.length) parts.push({ text: text.slice(at), isolated: false });
      return parts;
    }
    if (start > at) parts.push({ text: text.slice(at, start), isolated: false });
    parts.push({ text: text.slice(start + 1, end), isolated: true });
    at = end + 1;
  }
}
