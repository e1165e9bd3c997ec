/**
 * What user text (a label, an id, a link value) may hold. XML 1.0 forbids most C0 controls, U+FFFE, U+FFFF
 * and unpaired surrogates, so an SVG holding one is not well-formed and cannot be rasterised; bidi embedding
 * and isolate controls (U+202A–202E, U+2066–2069) can reverse the sentence around the text wherever it cannot
 * be isolated (SVG text, exports, captions, notices).
 */

/** Characters XML 1.0 does not allow (C0 controls but tab, LF and CR; U+FFFE/U+FFFF; lone surrogates). */
// With the `u` flag a surrogate pair is one code point, so `[\ud800-\udfff]` matches only a lone half.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

/** Bidi embedding, override and isolate controls, and the direction marks (LRM, RLM, ALM). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Any control character (C0, DEL, C1), bidi control, U+FFFE/U+FFFF or lone surrogate: none belongs in a label. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LABEL_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/u;

/**
 * The first character a label may not hold, as `U+XXXX`, or null when the label is fine.
 * @example forbiddenInLabel('x\u0000y') // 'U+0000'
 */
export function forbiddenInLabel(text: string): string | null {
  const found = LABEL_FORBIDDEN.exec(text);
  if (found === null) return null;
  return `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text safe to write into XML (an SVG export) and to show where it cannot be isolated: characters XML forbids
 * and bidi controls are removed.
 * @example plainText('x\u0000nul\u202Eevil') // 'xnulevil'
 */
export function plainText(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(BIDI_CONTROLS, '');
}
