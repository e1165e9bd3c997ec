/**
 * Lays a figure out as one SVG: title, caption, the charts in a grid (one column unless asked), each with its
 * heading above and its sentence below, the legend drawn as SVG, and a small credit line. Works on clones whose
 * styles are already inlined. On screen size the charts keep their size; a slide has a fixed size, type for the
 * back of a room, and charts scaled to fill what is left (a tall Gantt loses rows, said under it, before its
 * text gets small).
 */
import { parseLang, translator } from '../../i18n';
import { figureMessages } from '../../i18n/messages/figure';
import { el, textWidth, wrapAt, wrapText } from './svgText';
import { SLIDE_SIZES, type FigurePart, type FigureSize, type LegendItem } from './types';

/** A figure part with its measured size. */
export interface ComposedPart extends FigurePart {
  readonly width: number;
  readonly height: number;
}

export interface Palette {
  readonly fg: string;
  readonly muted: string;
  readonly background: string | null;
  readonly font: string;
}

/** Type sizes and spacing, px, for one figure size. */
interface Type {
  readonly pad: number;
  readonly gap: number;
  readonly title: number;
  readonly caption: number;
  readonly heading: number;
  readonly note: number;
  readonly legend: number;
  readonly credit: number;
  readonly swatchW: number;
  readonly swatchH: number;
}

const SCREEN: Type = {
  pad: 28,
  gap: 10,
  title: 22,
  caption: 13,
  heading: 14,
  note: 13,
  legend: 12,
  credit: 11,
  swatchW: 28,
  swatchH: 14,
};
/** Slides are read from the back of a room: nothing smaller than 18 px on a 1080 px tall slide. */
const SLIDE: Type = {
  pad: 48,
  gap: 18,
  title: 44,
  caption: 24,
  heading: 26,
  note: 22,
  legend: 22,
  credit: 18,
  swatchW: 44,
  swatchH: 22,
};
const lineHeight = (size: number) => Math.round(size * 1.3);
/** A slide shrinks its charts no further than this before it leaves Gantt rows out (12 px labels stay ≥ 15 px). */
export const MIN_SLIDE_SCALE = 1.25;
const MAX_SLIDE_SCALE = 3;
/** A capped Gantt keeps at least this many rows. */
const MIN_ROWS = 3;

interface ComposeInput {
  readonly title: string;
  readonly caption?: string;
  readonly parts: readonly ComposedPart[];
  readonly legend: readonly (LegendItem & { readonly swatchClone?: SVGSVGElement })[];
  readonly palette: Palette;
  readonly size?: FigureSize;
  readonly columns?: number;
}

const figureText = (doc: Document) => translator(figureMessages, parseLang(doc.documentElement.lang) ?? 'en');

/**
 * A part with its rows capped at `keep`, and how many it then shows; `shown < total` is said under the chart,
 * whether the screen scrolled the rest away or the slide left them out.
 */
function capped(part: ComposedPart, keep: number | undefined): { part: ComposedPart; shown: number } {
  const rows = part.rows;
  if (!rows) return { part, shown: 0 };
  if (keep === undefined || keep >= rows.shown) return { part, shown: rows.shown };
  const y = part.crop?.y ?? 0;
  return { part: { ...part, crop: { y, height: rows.offset - y + keep * rows.rowHeight } }, shown: keep };
}

export function composeFigure(
  doc: Document,
  input: ComposeInput,
): { svg: SVGSVGElement; width: number; height: number } {
  const { palette } = input;
  const size = input.size ?? 'screen';
  const slide = size === 'screen' ? null : SLIDE_SIZES[size];
  const type = slide ? SLIDE : SCREEN;
  const t = figureText(doc);
  const font = (px: number, weight = 400) => `${weight} ${px}px ${palette.font}`;
  const cols = Math.max(1, Math.min(input.columns ?? 1, input.parts.length || 1));
  const natural = Math.max(0, ...input.parts.map((p) => p.width));
  const inner = slide ? slide.width - 2 * type.pad : Math.max(480, cols * natural + (cols - 1) * type.gap);
  const width = inner + 2 * type.pad;
  const cellW = (inner - (cols - 1) * type.gap) / cols;

  // Title and caption.
  const titleLines = wrapText(input.title, inner, font(type.title, 650));
  const captionLines = input.caption ? wrapAt(input.caption, ' · ', inner, font(type.caption)) : [];
  const headerH =
    titleLines.length * lineHeight(type.title) + captionLines.length * lineHeight(type.caption) + type.gap;

  // Legend, laid out in lines across the full width.
  const legendFont = font(type.legend);
  const legendRows: { item: (typeof input.legend)[number]; x: number; row: number }[] = [];
  {
    let x = 0;
    let row = 0;
    for (const item of input.legend) {
      const w = type.swatchW + 6 + textWidth(item.label, legendFont);
      if (x > 0 && x + w > inner) {
        x = 0;
        row += 1;
      }
      legendRows.push({ item, x, row });
      x += w + type.legend * 1.5;
    }
  }
  const legendLineH = Math.max(type.swatchH, lineHeight(type.legend)) + 6;
  const legendH =
    input.legend.length > 0 ? (Math.max(0, ...legendRows.map((r) => r.row)) + 1) * legendLineH : 0;
  const creditH = lineHeight(type.credit);
  // A part joined to the one above (a Gantt's rows under its axis) follows it without a gap.
  const gapAfter = (rows: readonly (readonly { part: ComposedPart }[])[], i: number) =>
    rows[i + 1]?.[0]?.part.joined ? 0 : type.gap;

  // The grid: each cell a heading, the chart, and its notes; on a slide, one scale for every chart.
  const layoutGrid = (keep: number | undefined) => {
    const cells = input.parts.map((original) => {
      const { part, shown } = capped(original, keep);
      const h = part.crop?.height ?? part.height;
      const heading =
        part.labelAbove && part.label ? wrapText(part.label, cellW, font(type.heading, 600)) : [];
      const rows = part.rows;
      const capNote = rows !== undefined && shown < rows.total;
      const notes = [
        ...(part.note ? wrapText(part.note, cellW, font(type.note)) : []),
        ...(capNote
          ? wrapText(
              t('rowCap', { from: rows.first + 1, to: rows.first + shown, total: rows.total }),
              cellW,
              font(type.note),
            )
          : []),
      ];
      return { part, h, heading, notes, capNote };
    });
    const gridRows: (typeof cells)[] = [];
    for (let i = 0; i < cells.length; i += cols) gridRows.push(cells.slice(i, i + cols));
    const fixedH = gridRows.reduce(
      (sum, row, i) =>
        sum +
        Math.max(0, ...row.map((c) => c.heading.length)) * lineHeight(type.heading) +
        Math.max(0, ...row.map((c) => c.notes.length)) * lineHeight(type.note) +
        gapAfter(gridRows, i),
      0,
    );
    const chartsH = gridRows.reduce((sum, row) => sum + Math.max(0, ...row.map((c) => c.h)), 0);
    const room = slide ? slide.height - 2 * type.pad - headerH - legendH - creditH - type.gap : 0;
    const scale = slide
      ? Math.min(MAX_SLIDE_SCALE, cellW / Math.max(1, natural), (room - fixedH) / Math.max(1, chartsH))
      : 1;
    return { cells, gridRows, fixedH, chartsH, scale, room };
  };

  let grid = layoutGrid(undefined);
  if (slide) {
    let keep = Math.max(0, ...input.parts.map((p) => p.rows?.shown ?? 0));
    while (grid.scale < MIN_SLIDE_SCALE && keep > MIN_ROWS) {
      keep -= 1;
      grid = layoutGrid(keep);
    }
  }
  const { gridRows, scale } = grid;

  const body: SVGElement[] = [];
  let y = type.pad;
  for (const line of titleLines) {
    y += lineHeight(type.title);
    body.push(
      el(
        doc,
        'text',
        {
          x: type.pad,
          y: y - type.title * 0.25,
          fill: palette.fg,
          'font-size': type.title,
          'font-weight': 650,
        },
        line,
      ),
    );
  }
  for (const line of captionLines) {
    y += lineHeight(type.caption);
    body.push(
      el(
        doc,
        'text',
        { x: type.pad, y: y - type.caption * 0.25, fill: palette.muted, 'font-size': type.caption },
        line,
      ),
    );
  }
  y += type.gap;
  // A slide centres the charts in the room left between the caption and the legend.
  if (slide) y += Math.max(0, (grid.room - grid.fixedH - grid.chartsH * scale) / 2);

  // Stacked parts in one column share a left edge, so their time axes stay aligned.
  const colWidth = (col: number) =>
    Math.max(0, ...gridRows.map((row) => (row[col] ? row[col].part.width * scale : 0)));
  for (const [index, row] of gridRows.entries()) {
    const headingH = Math.max(0, ...row.map((c) => c.heading.length)) * lineHeight(type.heading);
    const chartH = Math.max(0, ...row.map((c) => c.h)) * scale;
    row.forEach((cell, col) => {
      const x = type.pad + col * (cellW + type.gap) + (slide ? (cellW - colWidth(col)) / 2 : 0);
      const left = type.pad + col * (cellW + type.gap);
      cell.heading.forEach((line, i) =>
        body.push(
          el(
            doc,
            'text',
            {
              x: left,
              y: y + (i + 1) * lineHeight(type.heading) - type.heading * 0.3,
              fill: palette.fg,
              'font-size': type.heading,
              'font-weight': 600,
            },
            line,
          ),
        ),
      );
      const top = y + headingH;
      const { part, h } = cell;
      const nested = part.svg;
      nested.setAttribute('x', String(x));
      nested.setAttribute('y', String(top));
      nested.setAttribute('width', String(part.width * scale));
      nested.setAttribute('height', String(h * scale));
      nested.setAttribute('viewBox', `0 ${part.crop?.y ?? 0} ${part.width} ${h}`);
      nested.setAttribute('overflow', 'hidden');
      body.push(nested);
      // A label written inside the chart (its empty top-left corner): the name, then muted details.
      (part.labelAbove ? '' : (part.label ?? ''))
        .split('\n')
        .filter(Boolean)
        .forEach((line, i) => {
          const style: Record<string, string | number> =
            i === 0 ? { fill: palette.fg, 'font-weight': 600 } : { fill: palette.muted };
          body.push(
            el(
              doc,
              'text',
              { x: x + 2 * scale, y: top + (16 + 15 * i) * scale, 'font-size': 12 * scale, ...style },
              line,
            ),
          );
        });
      cell.notes.forEach((line, i) =>
        body.push(
          el(
            doc,
            'text',
            {
              x: left,
              y: top + chartH + (i + 1) * lineHeight(type.note) - type.note * 0.3,
              fill: i >= cell.notes.length - (cell.capNote ? 1 : 0) ? palette.muted : palette.fg,
              'font-size': type.note,
            },
            line,
          ),
        ),
      );
    });
    y +=
      headingH +
      chartH +
      Math.max(0, ...row.map((c) => c.notes.length)) * lineHeight(type.note) +
      gapAfter(gridRows, index);
  }

  if (slide) y = slide.height - type.pad - creditH - legendH;
  for (const { item, x: dx, row } of legendRows) {
    const x = type.pad + dx;
    const top = y + row * legendLineH;
    if (item.swatchClone) {
      for (const [k, v] of Object.entries({
        x,
        y: top,
        width: type.swatchW,
        height: type.swatchH,
        overflow: 'visible',
      }))
        item.swatchClone.setAttribute(k, String(v));
      body.push(item.swatchClone);
    } else {
      body.push(
        el(doc, 'rect', {
          x: x + 4,
          y: top + 1,
          width: type.swatchW - 8,
          height: type.swatchH - 2,
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
          x: x + type.swatchW + 6,
          y: top + type.swatchH / 2,
          'dominant-baseline': 'central',
          fill: palette.fg,
          'font-size': type.legend,
        },
        item.label,
      ),
    );
  }
  y += legendH + creditH;
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
