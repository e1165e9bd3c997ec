/** Type sizes and spacing of a figure: as on screen, or a slide read from the back of a room. */

/** Type sizes and spacing, px, for one figure size. */
export interface FigureType {
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

export const SCREEN_TYPE: FigureType = {
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
export const SLIDE_TYPE: FigureType = {
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

/** The line height for text of `size` px. */
export const lineHeight = (size: number) => Math.round(size * 1.3);

/** The colours and font a figure is drawn in. */
export interface Palette {
  readonly fg: string;
  readonly muted: string;
  readonly background: string | null;
  readonly font: string;
}

/** A CSS font shorthand in the palette's family. */
export const fontOf = (palette: Palette, px: number, weight = 400) => `${weight} ${px}px ${palette.font}`;
