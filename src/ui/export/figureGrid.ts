/**
 * The charts of a figure in a grid: each cell a heading, the chart and its notes (its sentence, and which rows a
 * capped Gantt shows). On a slide every chart gets one scale, and tall Gantts lose rows before it drops too low.
 */
import type { Translate } from '../../i18n';
import { wrapText } from './svgText';
import { fontOf, lineHeight, type FigureType, type Palette } from './figureType';
import type { FigurePart } from './types';

/** A figure part with its measured size. */
export interface ComposedPart extends FigurePart {
  readonly width: number;
  readonly height: number;
}

/** A slide shrinks its charts no further than this before it leaves Gantt rows out (11 px callouts stay ≥ 21 px). */
export const MIN_SLIDE_SCALE = 1.95;
const MAX_SLIDE_SCALE = 3;
/** A capped Gantt keeps at least this many rows. */
const MIN_ROWS = 3;

export interface Cell {
  readonly part: ComposedPart;
  /** The chart's height in its own units (its crop, when cropped). */
  readonly h: number;
  readonly heading: readonly string[];
  readonly notes: readonly string[];
  /** The last note says which rows are shown. */
  readonly capNote: boolean;
}

export interface FigureGrid {
  readonly rows: readonly (readonly Cell[])[];
  readonly cellW: number;
  /** Headings, notes and gaps, px. */
  readonly fixedH: number;
  /** The charts' own heights, summed over the grid's rows (before `scale`). */
  readonly chartsH: number;
  readonly scale: number;
}

export interface GridInput {
  readonly parts: readonly ComposedPart[];
  readonly columns: number;
  /** Width of the grid, px. */
  readonly inner: number;
  /** Height left for the grid on a slide, px; null on screen size (charts keep their size). */
  readonly room: number | null;
  readonly type: FigureType;
  readonly palette: Palette;
  readonly t: Translate<'rowCap'>;
}

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

/** A part joined to the one above (a Gantt's rows under its axis) follows it without a gap. */
export const gapAfter = (grid: FigureGrid, i: number, gap: number) =>
  grid.rows[i + 1]?.[0]?.part.joined ? 0 : gap;

const maxOf = (values: readonly number[]) => Math.max(0, ...values);

function layoutWith(input: GridInput, keep: number | undefined): FigureGrid {
  const { type, palette, t, columns } = input;
  const cellW = (input.inner - (columns - 1) * type.gap) / columns;
  const cells: Cell[] = input.parts.map((original) => {
    const { part, shown } = capped(original, keep);
    const heading =
      part.labelAbove && part.label ? wrapText(part.label, cellW, fontOf(palette, type.heading, 600)) : [];
    const rows = part.rows;
    const capNote = rows !== undefined && shown < rows.total;
    const wrap = (text: string) => wrapText(text, cellW, fontOf(palette, type.note));
    const notes = [
      ...(part.note ? wrap(part.note) : []),
      ...(capNote
        ? wrap(t('rowCap', { from: rows.first + 1, to: rows.first + shown, total: rows.total }))
        : []),
    ];
    return { part, h: part.crop?.height ?? part.height, heading, notes, capNote };
  });
  const rows: Cell[][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  const unscaled: FigureGrid = { rows, cellW, fixedH: 0, chartsH: 0, scale: 1 };
  const fixedH = rows.reduce(
    (sum, row, i) =>
      sum +
      maxOf(row.map((c) => c.heading.length)) * lineHeight(type.heading) +
      maxOf(row.map((c) => c.notes.length)) * lineHeight(type.note) +
      gapAfter(unscaled, i, type.gap),
    0,
  );
  const chartsH = rows.reduce((sum, row) => sum + maxOf(row.map((c) => c.h)), 0);
  const natural = maxOf(input.parts.map((p) => p.width));
  const scale =
    input.room === null
      ? 1
      : Math.min(MAX_SLIDE_SCALE, cellW / Math.max(1, natural), (input.room - fixedH) / Math.max(1, chartsH));
  return { rows, cellW, fixedH, chartsH, scale };
}

/** The grid; on a slide, with Gantt rows left out until the charts' scale is at least `MIN_SLIDE_SCALE`. */
export function layoutGrid(input: GridInput): FigureGrid {
  let grid = layoutWith(input, undefined);
  if (input.room === null) return grid;
  let keep = maxOf(input.parts.map((p) => p.rows?.shown ?? 0));
  while (grid.scale < MIN_SLIDE_SCALE && keep > MIN_ROWS) {
    keep -= 1;
    grid = layoutWith(input, keep);
  }
  return grid;
}
