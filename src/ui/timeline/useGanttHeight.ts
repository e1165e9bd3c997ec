import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { selectPresenting, useAppStore } from '../../state';
import { presentScale } from '../present/usePresentation';
import { CHARTS_HEIGHT } from './chartSizes';

/**
 * A first guess at what presentation mode keeps around the Gantt (bar, figures, heading, playback bar, the
 * in-flight and busy-lane charts, legend), in unscaled px. The page then measures what it really keeps (figures
 * whose labels wrap, the walk-through bar of the basics scenes) and corrects it: `presentChrome`.
 */
const PRESENT_CHROME = 300 + CHARTS_HEIGHT;
const MIN_HEIGHT = 220;

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const viewportHeight = () => window.innerHeight;
const viewportWidth = () => window.innerWidth;

/** Unused space at the slide's foot that is left alone: less than a row's rounding, so the fit settles. */
const SLACK = 16;
/** The Gantt's least height presenting, unscaled px: five rows of 30 px, their labels still 18 px on screen. */
const PRESENT_MIN_HEIGHT = 150;

/**
 * What surrounds the Gantt on the slide (unscaled px; the Gantt is asked for the window's height less this), from
 * where the timeline ends now: `gantt` is the Gantt's drawn height (unscaled px), `bottom` the timeline's foot and
 * `viewport` the window's height (screen px). The Gantt is to shrink by what runs past the slide (a chart cut
 * off) or grow into unused space over `SLACK` px (rows are stretched in whole px, so the last px would never
 * settle); else the chrome stays as it is.
 */
export function presentChrome(
  chrome: number,
  gantt: number,
  bottom: number,
  viewport: number,
  scale: number,
): number {
  const off = (bottom - viewport) / scale;
  if (off <= 0.5 && off >= -SLACK) return chrome;
  const asked = viewport / scale - chrome;
  // Running past the slide, shrink from what is drawn: a Gantt with few rows stops growing at its tallest rows.
  const from = off > 0 ? Math.min(asked, gantt) : asked;
  return Math.max(0, Math.ceil(viewport / scale - (from - off)));
}

/**
 * The Gantt's largest height for this window: what is left of the viewport once the controls, the figures and
 * the two charts below are counted, between 220 and 520 px. On a 1280 × 720 projector the whole timeline,
 * charts included, then fits on screen; taller windows show more rows before scrolling. Presenting, the Gantt
 * takes the whole slide below the figures, measured, so the charts under it are never cut off.
 */
export function useGanttHeight(): number {
  const height = useSyncExternalStore(subscribe, viewportHeight, () => 800);
  const width = useSyncExternalStore(subscribe, viewportWidth, () => 1280);
  const presenting = useAppStore(selectPresenting);
  const [chrome, setChrome] = useState(PRESENT_CHROME);

  useLayoutEffect(() => {
    if (!presenting) return;
    // The column the summary and the timeline sit in: it outlives the panels inside it, which are drawn anew as
    // traces arrive, and changes size whenever they do.
    const column = document.querySelector('.app-main');
    if (column === null) return;
    const measure = () => {
      // The slide ends with the timeline panel (what follows it, the state and code panels, is below the fold).
      const panel = column.querySelector('.timeline-panel');
      const gantt = panel?.querySelector('.gantt-scroller');
      if (!panel || !gantt) return;
      const scale = presentScale(window.innerWidth, window.innerHeight);
      const bottom = panel.getBoundingClientRect().bottom + window.scrollY;
      const drawn = gantt.getBoundingClientRect().height / scale;
      setChrome((c) => presentChrome(c, drawn, bottom, window.innerHeight, scale));
    };
    // Measured whenever the column changes size (and once on observe): the walk-through bar, a wrapped figure or
    // a notice changes what is around the Gantt without a resize of the window.
    const observer = new ResizeObserver(measure);
    observer.observe(column);
    return () => observer.disconnect();
  }, [presenting, height, width]);

  // Presenting: the Gantt takes the whole screen below the figures (the page is drawn at presentScale).
  if (presenting)
    return Math.round(Math.max(PRESENT_MIN_HEIGHT, height / presentScale(width, height) - chrome));
  return Math.round(Math.min(520, Math.max(MIN_HEIGHT, height - 430)));
}
