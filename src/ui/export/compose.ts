/**
 * Lays a figure out as one SVG: title, caption, the charts stacked on a shared width, the legend drawn as
 * SVG, and a small credit line. Works on clones whose styles are already inlined.
 */
import { parseLang, translator } from '../../i18n';
import { figureMessages } from '../../i18n/messages/figure';
import { el, textWidth, wrapAt } from './svgText';
import type { LegendItem } from './types';

export interface ComposedPart {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
  readonly label?: string;
  readonly labelAbove?: boolean;
  readonly crop?: { readonly y: number; readonly height: number };
}

export interface Palette {
  readonly fg: string;
  readonly muted: string;
  readonly background: string | null;
  readonly font: string;
}

const PAD = 28;
const GAP = 10;
const SWATCH_W = 28;
const SWATCH_H = 14;

interface ComposeInput {
  readonly title: string;
  readonly caption?: string;
  readonly parts: readonly ComposedPart[];
  readonly legend: readonly (LegendItem & { readonly swatchClone?: SVGSVGElement })[];
  readonly palette: Palette;
}

/** The credit line in the language the page is showing (`<html lang>`, set by the language switch). */
const credit = (doc: Document) =>
  translator(figureMessages, parseLang(doc.documentElement.lang) ?? 'en')('credit');

export function composeFigure(
  doc: Document,
  input: ComposeInput,
): { svg: SVGSVGElement; width: number; height: number } {
  const { palette } = input;
  const inner = Math.max(480, ...input.parts.map((p) => p.width));
  const width = inner + 2 * PAD;
  const root = el(doc, 'svg', { 'font-family': palette.font });
  const body: SVGElement[] = [];
  let y = PAD;

  const titleFont = `650 22px ${palette.font}`;
  for (const line of wrapAt(input.title, ' ', inner, titleFont)) {
    y += 26;
    body.push(el(doc, 'text', { x: PAD, y, fill: palette.fg, 'font-size': 22, 'font-weight': 650 }, line));
  }
  if (input.caption) {
    const font = `13px ${palette.font}`;
    for (const line of wrapAt(input.caption, ' · ', inner, font)) {
      y += 20;
      body.push(el(doc, 'text', { x: PAD, y, fill: palette.muted, 'font-size': 13 }, line));
    }
  }
  y += 16;

  for (const part of input.parts) {
    if (part.labelAbove && part.label) {
      body.push(
        el(
          doc,
          'text',
          { x: PAD, y: y + 14, fill: palette.fg, 'font-size': 14, 'font-weight': 600 },
          part.label,
        ),
      );
      y += 24;
    }
    const h = part.crop?.height ?? part.height;
    const nested = part.svg;
    nested.setAttribute('x', String(PAD));
    nested.setAttribute('y', String(y));
    nested.setAttribute('width', String(part.width));
    nested.setAttribute('height', String(h));
    nested.setAttribute('viewBox', `0 ${part.crop?.y ?? 0} ${part.width} ${h}`);
    nested.setAttribute('overflow', 'hidden');
    body.push(nested);
    // A label's first line is its name, further lines (e.g. "peak 5") are muted details.
    (part.labelAbove ? '' : (part.label ?? ''))
      .split('\n')
      .filter(Boolean)
      .forEach((line, i) => {
        const style: Record<string, string | number> =
          i === 0 ? { fill: palette.fg, 'font-weight': 600 } : { fill: palette.muted };
        body.push(el(doc, 'text', { x: PAD + 2, y: y + 16 + 15 * i, 'font-size': 12, ...style }, line));
      });
    y += h + GAP;
  }

  if (input.legend.length > 0) {
    y += 6;
    const font = `12px ${palette.font}`;
    let x = PAD;
    for (const item of input.legend) {
      const w = SWATCH_W + 6 + textWidth(item.label, font);
      if (x > PAD && x + w > PAD + inner) {
        x = PAD;
        y += 22;
      }
      if (item.swatchClone) {
        for (const [k, v] of Object.entries({ x, y, width: SWATCH_W, height: SWATCH_H, overflow: 'visible' }))
          item.swatchClone.setAttribute(k, String(v));
        body.push(item.swatchClone);
      } else {
        body.push(
          el(doc, 'rect', {
            x: x + 4,
            y: y + 1,
            width: SWATCH_W - 8,
            height: SWATCH_H - 2,
            rx: 2,
            fill: item.color ?? palette.fg,
          }),
        );
      }
      body.push(
        el(
          doc,
          'text',
          {
            x: x + SWATCH_W + 6,
            y: y + SWATCH_H / 2,
            'dominant-baseline': 'central',
            fill: palette.fg,
            'font-size': 12,
          },
          item.label,
        ),
      );
      x += w + 18;
    }
    y += SWATCH_H + 4;
  }

  y += 14;
  body.push(
    el(
      doc,
      'text',
      { x: PAD + inner, y, 'text-anchor': 'end', fill: palette.muted, 'font-size': 11 },
      credit(doc),
    ),
  );
  const height = Math.ceil(y + PAD - 8);

  if (palette.background !== null) root.append(el(doc, 'rect', { width, height, fill: palette.background }));
  root.append(...body);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: root, width, height };
}
