/** A figure's legend, laid out in lines across its width and drawn as SVG (swatches from the page, or squares). */
import { el, textWidth } from './svgText';
import { fontOf, lineHeight, type FigureType, type Palette } from './figureType';
import type { LegendItem } from './types';

export type FigureLegendItem = LegendItem & { readonly swatchClone?: SVGSVGElement };

export interface LegendLayout {
  readonly height: number;
  /** Draws the legend with its top at `y`. */
  readonly draw: (doc: Document, left: number, y: number) => SVGElement[];
}

/** Places each entry left to right, wrapping at `width`. */
export function layoutLegend(
  items: readonly FigureLegendItem[],
  width: number,
  type: FigureType,
  palette: Palette,
): LegendLayout {
  const font = fontOf(palette, type.legend);
  const placed: { item: FigureLegendItem; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const w = type.swatchW + 6 + textWidth(item.label, font);
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    placed.push({ item, x, row });
    x += w + type.legend * 1.5;
  }
  const lineH = Math.max(type.swatchH, lineHeight(type.legend)) + 6;
  const height = items.length > 0 ? (row + 1) * lineH : 0;
  const draw = (doc: Document, left: number, y: number) =>
    placed.flatMap(({ item, x: dx, row: r }) => {
      const x0 = left + dx;
      const top = y + r * lineH;
      return [swatch(doc, item, x0, top, type, palette), label(doc, item.label, x0, top, type, palette)];
    });
  return { height, draw };
}

function swatch(
  doc: Document,
  item: FigureLegendItem,
  x: number,
  top: number,
  type: FigureType,
  palette: Palette,
): SVGElement {
  if (item.swatchClone) {
    const box = { x, y: top, width: type.swatchW, height: type.swatchH, overflow: 'visible' };
    for (const [k, v] of Object.entries(box)) item.swatchClone.setAttribute(k, String(v));
    return item.swatchClone;
  }
  return el(doc, 'rect', {
    x: x + 4,
    y: top + 1,
    width: type.swatchW - 8,
    height: type.swatchH - 2,
    rx: 2,
    fill: item.color ?? palette.fg,
  });
}

function label(doc: Document, text: string, x: number, top: number, type: FigureType, palette: Palette) {
  return el(
    doc,
    'text',
    {
      x: x + type.swatchW + 6,
      y: top + type.swatchH / 2,
      'dominant-baseline': 'central',
      fill: palette.fg,
      'font-size': type.legend,
    },
    text,
  );
}
