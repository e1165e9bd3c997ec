/**
 * Lays a figure out as one SVG: title, caption, the charts in a grid (one column unless asked), each with its
 * heading above and its sentence below, the legend drawn as SVG, and a small credit line. Works on clones whose
 * styles are already inlined. On screen size the charts keep their size; a slide has a fixed size, type for the
 * back of a room, and charts scaled to fill what is left (a tall Gantt loses rows, said under it, before its
 * text gets small).
 */
import { parseLang, translator } from '../../i18n';
import { figureMessages } from '../../i18n/messages/figure';
import { drawGrid } from './drawGrid';
import { layoutGrid, type ComposedPart } from './figureGrid';
import { layoutLegend, type FigureLegendItem } from './figureLegend';
import { drawLines } from './figureText';
import { fontOf, lineHeight, SCREEN_TYPE, SLIDE_TYPE, type Palette } from './figureType';
import { el, wrapAt, wrapText } from './svgText';
import { SLIDE_SIZES, type FigureSize } from './types';

export type { ComposedPart } from './figureGrid';
export type { Palette } from './figureType';

interface ComposeInput {
  readonly title: string;
  readonly caption?: string;
  readonly parts: readonly ComposedPart[];
  readonly legend: readonly FigureLegendItem[];
  readonly palette: Palette;
  readonly size?: FigureSize;
  readonly columns?: number;
}

const figureText = (doc: Document) => translator(figureMessages, parseLang(doc.documentElement.lang) ?? 'en');

export function composeFigure(
  doc: Document,
  input: ComposeInput,
): { svg: SVGSVGElement; width: number; height: number } {
  const { palette } = input;
  const size = input.size ?? 'screen';
  const slide = size === 'screen' ? null : SLIDE_SIZES[size];
  const type = slide ? SLIDE_TYPE : SCREEN_TYPE;
  const t = figureText(doc);
  const columns = Math.max(1, Math.min(input.columns ?? 1, input.parts.length || 1));
  const natural = Math.max(0, ...input.parts.map((p) => p.width));
  const inner = slide
    ? slide.width - 2 * type.pad
    : Math.max(480, columns * natural + (columns - 1) * type.gap);
  const width = inner + 2 * type.pad;

  const titleLines = wrapText(input.title, inner, fontOf(palette, type.title, 650));
  const captionLines = input.caption
    ? wrapAt(input.caption, ' · ', inner, fontOf(palette, type.caption))
    : [];
  const headerH =
    titleLines.length * lineHeight(type.title) + captionLines.length * lineHeight(type.caption) + type.gap;
  const legend = layoutLegend(input.legend, inner, type, palette);
  const creditH = lineHeight(type.credit);
  const room = slide ? slide.height - 2 * type.pad - headerH - legend.height - creditH - type.gap : null;
  const grid = layoutGrid({ parts: input.parts, columns, inner, room, type, palette, t });

  const body: SVGElement[] = [];
  let y = type.pad;
  body.push(
    ...drawLines(doc, titleLines, y, lineHeight(type.title), {
      x: type.pad,
      size: type.title,
      fill: palette.fg,
      weight: 650,
      drop: 0.25,
    }),
  );
  y += titleLines.length * lineHeight(type.title);
  body.push(
    ...drawLines(doc, captionLines, y, lineHeight(type.caption), {
      x: type.pad,
      size: type.caption,
      fill: palette.muted,
      drop: 0.25,
    }),
  );
  y += captionLines.length * lineHeight(type.caption) + type.gap;
  // A slide centres the charts in the room left between the caption and the legend.
  if (room !== null) y += Math.max(0, (room - grid.fixedH - grid.chartsH * grid.scale) / 2);
  const drawn = drawGrid(doc, grid, { left: type.pad, y, centre: slide !== null }, type, palette);
  body.push(...drawn.elements);
  y = slide ? slide.height - type.pad - creditH - legend.height : drawn.y;
  body.push(...legend.draw(doc, type.pad, y));
  y += legend.height + creditH;
  body.push(
    el(
      doc,
      'text',
      {
        x: type.pad + inner,
        y: y - type.credit * 0.3,
        'text-anchor': 'end',
        fill: palette.muted,
        'font-size': type.credit,
      },
      t('credit'),
    ),
  );
  const height = slide ? slide.height : Math.ceil(y + type.pad - 8);
  const root = el(doc, 'svg', { 'font-family': palette.font });
  if (palette.background !== null) root.append(el(doc, 'rect', { width, height, fill: palette.background }));
  root.append(...body);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: root, width, height };
}
