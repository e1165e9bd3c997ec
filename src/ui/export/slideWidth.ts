/**
 * Slides are read from the back of a room, so their charts are drawn for the slide: before a slide is made, the
 * element the charts fill is narrowed until each chart, scaled to fill its cell of the slide, shows its 11–12 px
 * labels, axis ticks and callouts at 22–24 px. The charts re-lay themselves out at that width (rows, callouts,
 * ticks all fit it), the figure is taken, and the element gets its width back.
 */
import { SLIDE_TYPE } from './figureType';
import { SLIDE_SIZES, type FigureSize } from './types';

/** How much larger a slide draws a chart than its own units: 11 px callouts read at 22 px. */
export const SLIDE_TEXT_SCALE = 2;

/** The width, px, a chart is drawn at for a slide of `size` with `columns` charts side by side. */
export function slideChartWidth(
  size: Exclude<FigureSize, 'screen'>,
  columns = 1,
  textScale = SLIDE_TEXT_SCALE,
): number {
  const inner = SLIDE_SIZES[size].width - 2 * SLIDE_TYPE.pad;
  const cell = (inner - (columns - 1) * SLIDE_TYPE.gap) / columns;
  return Math.floor(cell / textScale);
}

/** The widest chart's width, px (its `width` attribute, else its box). */
export function chartsWidth(svgs: readonly SVGSVGElement[]): number {
  return Math.max(0, ...svgs.map((svg) => Number(svg.getAttribute('width')) || svg.clientWidth));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until `measure` gives the same value for two frames in a row (the charts have re-drawn), at most ~30 frames. */
async function settled(measure: () => number): Promise<void> {
  let last = NaN;
  let same = 0;
  for (let i = 0; i < 30 && same < 2; i++) {
    await nextFrame();
    const now = measure();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/**
 * Narrows `root` until `measure()` (its charts' width) is at most `target` px, waiting for the charts to re-draw;
 * returns the function that gives `root` its width back. Does nothing when the charts are already that narrow.
 *
 * @example
 * const restore = await drawnNarrow(panel, () => chartsWidth(svgsIn(panel)), slideChartWidth('slide-16-9'));
 * try { exportTheFigure(); } finally { restore(); }
 */
export async function drawnNarrow(
  root: HTMLElement,
  measure: () => number,
  target: number,
): Promise<() => void> {
  const style = root.getAttribute('style');
  const restore = () => (style === null ? root.removeAttribute('style') : root.setAttribute('style', style));
  for (let i = 0; i < 3; i++) {
    const now = measure();
    if (now <= target + 2 || now === 0) break;
    // The charts follow the root's width (minus padding, or split between columns): shrink in proportion.
    const width = Math.max(240, Math.floor((root.clientWidth * target) / now));
    root.style.width = `${width}px`;
    root.style.maxWidth = `${width}px`;
    root.style.minWidth = '0';
    root.style.flex = 'none';
    await settled(measure);
  }
  return restore;
}
