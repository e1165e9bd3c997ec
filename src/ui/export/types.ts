import type { FigureTheme } from './themeTokens';

/** One chart of a figure. Parts are stacked top to bottom on a shared width, left-aligned. */
export interface FigurePart {
  readonly svg: SVGSVGElement;
  /** Written at the part's top left ("In flight\npeak 5": more lines are muted), for charts titled in HTML. */
  readonly label?: string;
  /** Write the label as a heading above the part (a Gantt, whose label column has its own caption). */
  readonly labelAbove?: boolean;
  /** Only this band of the SVG, in its own units (a scrolled, virtualised chart exports what is in view). */
  readonly crop?: { readonly y: number; readonly height: number };
}

/** A legend entry: a swatch (an on-page SVG, drawn as is) or a plain colour, and its text. */
export interface LegendItem {
  readonly label: string;
  readonly swatch?: SVGSVGElement;
  /** A CSS colour or `var(--x)` for a square swatch, when there is no `swatch`. */
  readonly color?: string;
}

export type FigureBackground = 'light' | 'dark' | 'transparent';
export type FigureFormat = 'png' | 'svg';

export interface FigureOptions {
  /** The charts, top to bottom. */
  readonly svgs: readonly (SVGSVGElement | FigurePart)[];
  readonly title: string;
  /** One line of parameters under the title (wrapped at " · " when too long). */
  readonly caption?: string;
  readonly legend?: readonly LegendItem[];
  readonly background: FigureBackground;
  readonly format: FigureFormat;
  /** The palette; by default the background's, and the page's current theme for a transparent figure. */
  readonly theme?: FigureTheme;
  /** CSS selectors of things to leave out of every chart (e.g. `.gantt-callouts`). */
  readonly exclude?: readonly string[];
  /** PNG pixel density; default 2 (crisp on projectors and retina slides). */
  readonly scale?: number;
}

export interface Figure {
  readonly blob: Blob;
  /** CSS pixels (the PNG is `scale` times larger). */
  readonly width: number;
  readonly height: number;
}
