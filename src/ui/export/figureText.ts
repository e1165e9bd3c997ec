/** Lines of text drawn one under the other (a title, a caption, a heading, a chart's sentence). */
import { el } from './svgText';

export interface LinesStyle {
  readonly x: number;
  readonly size: number;
  readonly fill: string;
  readonly weight?: number;
  /** How far above a line's bottom its baseline sits, as a share of `size` (0.25 for titles, 0.3 for text). */
  readonly drop?: number;
}

/**
 * SVG `<text>` elements for `lines`, the first line's box starting at `top`, each `lineH` tall.
 * @example drawLines(doc, ['Compare'], 28, 29, { x: 28, size: 22, fill: '#000', weight: 650, drop: 0.25 })
 */
export function drawLines(
  doc: Document,
  lines: readonly string[],
  top: number,
  lineH: number,
  style: LinesStyle,
): SVGTextElement[] {
  const { x, size, fill, weight, drop = 0.3 } = style;
  return lines.map((line, i) =>
    el(
      doc,
      'text',
      {
        x,
        y: top + (i + 1) * lineH - size * drop,
        fill,
        'font-size': size,
        ...(weight === undefined ? {} : { 'font-weight': weight }),
      },
      line,
    ),
  );
}
