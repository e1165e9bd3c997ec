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
  /** A sentence drawn under the part, wrapped to its width (Scaling's "what this shows"). */
  readonly note?: string;
  /** The part is a stack of rows that a slide may cap to keep its text readable (a Gantt). */
  readonly rows?: PartRows;
  /** Drawn right under the part before it, without a gap (a Gantt's rows under its sticky axis). */
  readonly joined?: boolean;
}

/** Which rows of a Gantt a part shows, so a slide can cap them and say so. */
export interface PartRows {
  /** 0-based index of the first row shown. */
  readonly first: number;
  readonly shown: number;
  readonly total: number;
  readonly rowHeight: number;
  /** Where row `first` starts, in the SVG's own units. */
  readonly offset: number;
}

/** As on screen (2× PNG), or a slide of a fixed size with type for the back of a room. */
export type FigureSize = 'screen' | 'slide-16-9' | 'slide-4-3';

/** Slide sizes, px (the PNG is drawn at 1×, so the file is exactly this size). */
export const SLIDE_SIZES: Readonly<Record<Exclude<FigureSize, 'screen'>, { width: number; height: number }>> =
  {
    'slide-16-9': { width: 1920, height: 1080 },
    'slide-4-3': { width: 1440, height: 1080 },
  };

export const FIGURE_SIZES: readonly FigureSize[] = ['screen', 'slide-16-9', 'slide-4-3'];

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
  /** PNG pixel density; default 2 on screen size (crisp on projectors and retina slides), 1 for slides. */
  readonly scale?: number;
  /** Default `screen`. */
  readonly size?: FigureSize;
  /** Parts flow into this many columns, row by row (Scaling's grid); default 1. */
  readonly columns?: number;
}

export interface Figure {
  readonly blob: Blob;
  /** CSS pixels (the PNG is `scale` times larger). */
  readonly width: number;
  readonly height: number;
}
