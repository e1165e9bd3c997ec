/**
 * A cursor over the UTF-8 bytes of JSON text for the Chrome-trace fast path (chromeTraceFast): it matches the
 * export's literal keys and reads or skips strings and numbers by JSON's grammar, without decoding the file or
 * building objects. Anything it does not read exactly as JSON.parse would (a number it cannot convert exactly,
 * an escape inside an id) makes it answer "unsure" (null, NaN or -1), and the caller falls back to JSON.parse.
 * Bytes, not a string: a loop over a Uint8Array runs about twice as fast here, and the file needs no decoding.
 */

/** A literal to match (ASCII), encoded once. */
export const literal = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf8 = new TextDecoder();

/** Powers of ten that are exact doubles: m / 10^k is then the correctly rounded value of the decimal, as JSON.parse gives. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Digits that fit a double's integer range exactly (10^15 < 2^53). */
const EXACT_DIGITS = 15;

const QUOTE = 34;
const BACKSLASH = 92;
const ZERO = 48;
const NINE = 57;
const isDigit = (ch: number) => ch >= ZERO && ch <= NINE;
const isHex = (ch: number) => isDigit(ch) || (ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102);
/** The characters JSON allows after a backslash: " \ / b f n r t (u is handled apart). */
const ESCAPES = new Set([34, 92, 47, 98, 102, 110, 114, 116]);
/** JSON's whitespace: space, tab, line feed, carriage return (nothing else). */
const JSON_SPACE = new Set([32, 9, 10, 13]);

/** Short ASCII text decodes by char codes: a TextDecoder call costs microseconds in the browser, per call. */
const SHORT = 64;

/** The char codes of a short ASCII string, reused: `apply` over a plain array runs twice as fast as over a typed one. */
const codes: number[] = [];

/** The UTF-8 text of `bytes[from, to)`. */
export function decode(bytes: Uint8Array, from: number, to: number): string {
  if (to - from <= SHORT) {
    let ascii = true;
    codes.length = to - from;
    for (let p = from; p < to; p++) {
      const ch = bytes[p];
      if (ch >= 128) ascii = false;
      codes[p - from] = ch;
    }
    if (ascii) return String.fromCharCode.apply(null, codes);
  }
  return utf8.decode(bytes.subarray(from, to));
}

export class ScanCursor {
  pos = 0;
  constructor(private readonly s: Uint8Array) {}

  /** Consumes `text` if it comes next. */
  lit(text: Uint8Array): boolean {
    const s = this.s;
    const at = this.pos;
    const n = text.length;
    for (let k = 0; k < n; k++) if (s[at + k] !== text[k]) return false;
    this.pos = at + n;
    return true;
  }

  /** The next character's code (consumed; NaN past the end). */
  next(): number {
    return this.pos < this.s.length ? this.s[this.pos++] : NaN;
  }

  /** Where the plain string at the cursor (no escapes or control characters) ends, past its closing quote; -1 when unsure. */
  private plainEnd(): number {
    const s = this.s;
    if (s[this.pos] !== QUOTE) return -1;
    // A loop, not `indexOf`: a typed array's indexOf is a call into the engine, costly 30,000 times a file.
    for (let p = this.pos + 1; p < s.length; p++) {
      const ch = s[p];
      if (ch === QUOTE) return p + 1;
      if (ch === BACKSLASH || ch < 32) return -1;
    }
    return -1;
  }

  /** A string without escapes or control characters, its value; null when unsure. */
  plainString(): string | null {
    const end = this.plainEnd();
    if (end < 0) return null;
    const from = this.pos + 1;
    this.pos = end;
    return decode(this.s, from, end - 1);
  }

  /** Which of `options` (literals, quotes included) comes next, consumed; -1 for none. */
  oneOf(options: readonly Uint8Array[]): number {
    for (let k = 0; k < options.length; k++) if (this.lit(options[k])) return k;
    return -1;
  }

  /** A plain string's bytes, quotes included (to match it again with `lit`); null when unsure. */
  plainBytes(): Uint8Array | null {
    const end = this.plainEnd();
    if (end < 0) return null;
    const bytes = this.s.slice(this.pos, end);
    this.pos = end;
    return bytes;
  }

  /** Any valid JSON string, skipped. */
  skipString(): boolean {
    if (this.s[this.pos] !== QUOTE) return false;
    this.pos++;
    return this.skipStringBody();
  }

  /** The rest of a JSON string whose opening quote is consumed, through its closing quote. */
  skipStringBody(): boolean {
    const s = this.s;
    const n = s.length;
    let p = this.pos;
    for (;;) {
      if (p >= n) return false;
      const ch = s[p++];
      if (ch === QUOTE) break;
      if (ch < 32) return false;
      if (ch === BACKSLASH) {
        const e = s[p++];
        if (e === 117) {
          for (let k = 0; k < 4; k++) if (!isHex(s[p++])) return false;
        } else if (!ESCAPES.has(e)) return false;
      }
    }
    this.pos = p;
    return true;
  }

  /** Any valid JSON number, skipped. */
  skipNumber(): boolean {
    const end = this.numberEnd(this.pos);
    if (end < 0) return false;
    this.pos = end;
    return true;
  }

  /** Where the JSON number at `p` ends, or -1 if none is there. */
  private numberEnd(p: number): number {
    const s = this.s;
    if (s[p] === 45) p++; // -
    if (s[p] === ZERO) p++;
    else if (isDigit(s[p])) while (isDigit(s[p])) p++;
    else return -1;
    if (s[p] === 46) {
      p++;
      if (!isDigit(s[p])) return -1;
      while (isDigit(s[p])) p++;
    }
    const e = s[p];
    if (e === 101 || e === 69) {
      p++;
      const sign = s[p];
      if (sign === 43 || sign === 45) p++;
      if (!isDigit(s[p])) return -1;
      while (isDigit(s[p])) p++;
    }
    return p;
  }

  /** A non-negative JSON number, its value exactly as JSON.parse reads it; NaN when unsure (negative, not a number). */
  number(): number {
    const s = this.s;
    const from = this.pos;
    let p = from;
    let m = 0;
    let digits = 0;
    let fraction = 0;
    let ch = s[p];
    if (ch === ZERO) {
      p++;
      ch = s[p];
    } else if (isDigit(ch)) {
      do {
        m = m * 10 + (ch - ZERO);
        digits++;
        ch = s[++p];
      } while (isDigit(ch));
    } else return NaN;
    if (ch === 46) {
      ch = s[++p];
      if (!isDigit(ch)) return NaN;
      do {
        m = m * 10 + (ch - ZERO);
        digits++;
        fraction++;
        ch = s[++p];
      } while (isDigit(ch));
    }
    if (ch === 101 || ch === 69 || digits > EXACT_DIGITS) {
      // An exponent or many digits: the engine's own conversion, on the number's text.
      const end = this.numberEnd(from);
      if (end < 0) return NaN;
      this.pos = end;
      return Number(String.fromCharCode(...s.subarray(from, end)));
    }
    this.pos = p;
    return fraction === 0 ? m : m / POW10[fraction];
  }

  /** A plain non-negative integer (digits only, as the export writes indices); -1 when unsure. */
  index(): number {
    const s = this.s;
    let p = this.pos;
    let ch = s[p];
    if (ch === ZERO) {
      this.pos = p + 1;
      return 0;
    }
    let v = 0;
    let digits = 0;
    while (isDigit(ch) && digits < 9) {
      v = v * 10 + (ch - ZERO);
      digits++;
      ch = s[++p];
    }
    if (digits === 0 || isDigit(ch)) return -1;
    this.pos = p;
    return v;
  }

  /** The JSON value from here to the end of the text, less `close` (and trailing whitespace); null if it is not one. */
  rest(close: Uint8Array): unknown {
    let end = this.s.length;
    while (end > this.pos && JSON_SPACE.has(this.s[end - 1])) end--;
    const from = end - close.length;
    if (from < this.pos || close.some((b, k) => this.s[from + k] !== b)) return null;
    try {
      return JSON.parse(utf8.decode(this.s.subarray(this.pos, from)));
    } catch {
      return null;
    }
  }
}
