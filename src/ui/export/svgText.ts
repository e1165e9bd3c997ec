/** Small helpers for building SVG by hand, and measuring text the way it will be drawn. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

export function el<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Readonly<Record<string, string | number>>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

let ctx: CanvasRenderingContext2D | null | undefined;
/** The width of `text` in `font` (canvas metrics; an estimate where there is no canvas, e.g. jsdom). */
export function textWidth(text: string, font: string): number {
  if (ctx === undefined) {
    try {
      ctx = document.createElement('canvas').getContext('2d');
    } catch {
      ctx = null;
    }
  }
  if (ctx) {
    ctx.font = font;
    return ctx.measureText(text).width;
  }
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  return text.length * size * 0.56;
}

/** Splits `text` at `sep` into lines no wider than `max` px. */
export function wrapAt(text: string, sep: string, max: number, font: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(sep)) {
    const next = line === '' ? piece : `${line}${sep}${piece}`;
    if (line !== '' && textWidth(next, font) > max) {
      lines.push(line);
      line = piece;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A break is allowed after a space and after any CJK character (Chinese has no spaces between words). */
const BREAK_AFTER = /(?<=[\s\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF])/u;

/** Splits `text` into lines no wider than `max` px, at spaces or between Chinese characters. */
export function wrapText(text: string, max: number, font: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(BREAK_AFTER)) {
    const next = line + piece;
    if (line !== '' && textWidth(next.trimEnd(), font) > max) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
