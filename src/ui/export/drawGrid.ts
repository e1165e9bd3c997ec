/** Draws a laid-out figure grid: each cell's heading, its chart placed and scaled, its inside label and notes. */
import { drawLines } from './figureText';
import { gapAfter, type Cell, type ComposedPart, type FigureGrid } from './figureGrid';
import { lineHeight, type FigureType, type Palette } from './figureType';
import { el } from './svgText';

const maxOf = (values: readonly number[]) => Math.max(0, ...values);

/** Draws the grid with its top at `y` (centred cells on a slide); returns the elements and the y under it. */
export function drawGrid(
  doc: Document,
  grid: FigureGrid,
  at: { readonly left: number; readonly y: number; readonly centre: boolean },
  type: FigureType,
  palette: Palette,
): { elements: SVGElement[]; y: number } {
  const { rows, cellW, scale } = grid;
  const elements: SVGElement[] = [];
  // Stacked parts in one column share a left edge, so their time axes stay aligned.
  const colWidth = (col: number) => maxOf(rows.map((row) => (row[col] ? row[col].part.width * scale : 0)));
  let y = at.y;
  for (const [index, row] of rows.entries()) {
    const headingH = maxOf(row.map((c) => c.heading.length)) * lineHeight(type.heading);
    const chartH = maxOf(row.map((c) => c.h)) * scale;
    const top = y + headingH;
    row.forEach((cell, col) => {
      const left = at.left + col * (cellW + type.gap);
      const x = left + (at.centre ? (cellW - colWidth(col)) / 2 : 0);
      elements.push(
        ...drawLines(doc, cell.heading, y, lineHeight(type.heading), {
          x: left,
          size: type.heading,
          fill: palette.fg,
          weight: 600,
        }),
        placeChart(cell, x, top, scale),
        ...insideLabel(doc, cell.part, x, top, scale, palette),
        ...cell.notes
          .map((line, i) =>
            drawLines(doc, [line], top + chartH + i * lineHeight(type.note), lineHeight(type.note), {
              x: left,
              size: type.note,
              fill: i >= cell.notes.length - (cell.capNote ? 1 : 0) ? palette.muted : palette.fg,
            }),
          )
          .flat(),
      );
    });
    y =
      top +
      chartH +
      maxOf(row.map((c) => c.notes.length)) * lineHeight(type.note) +
      gapAfter(grid, index, type.gap);
  }
  return { elements, y };
}

/** The chart's own SVG, placed and scaled, showing only its crop. */
function placeChart(cell: Cell, x: number, top: number, scale: number): SVGSVGElement {
  const { part, h } = cell;
  const nested = part.svg;
  nested.setAttribute('x', String(x));
  nested.setAttribute('y', String(top));
  nested.setAttribute('width', String(part.width * scale));
  nested.setAttribute('height', String(h * scale));
  nested.setAttribute('viewBox', `0 ${part.crop?.y ?? 0} ${part.width} ${h}`);
  nested.setAttribute('overflow', 'hidden');
  return nested;
}

/** A label written inside the chart (its empty top-left corner): the name, then muted details. */
function insideLabel(
  doc: Document,
  part: ComposedPart,
  x: number,
  top: number,
  scale: number,
  palette: Palette,
) {
  if (part.labelAbove || !part.label) return [];
  return part.label
    .split('\n')
    .filter(Boolean)
    .map((line, i) =>
      el(
        doc,
        'text',
        {
          x: x + 2 * scale,
          y: top + (16 + 15 * i) * scale,
          'font-size': 12 * scale,
          ...(i === 0 ? { fill: palette.fg, 'font-weight': 600 } : { fill: palette.muted }),
        },
        line,
      ),
    );
}
