import { useSyncExternalStore } from 'react';
import { selectPresenting, useAppStore } from '../../state';
import { presentScale } from '../present/usePresentation';
import { CHARTS_HEIGHT } from './chartSizes';

/**
 * What presentation mode keeps around the Gantt (bar, figures, heading, playback bar, the in-flight and busy-lane
 * charts, legend), in unscaled px.
 */
const PRESENT_CHROME = 300 + CHARTS_HEIGHT;

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const viewportHeight = () => window.innerHeight;
const viewportWidth = () => window.innerWidth;

/**
 * The Gantt's largest height for this window: what is left of the viewport once the controls, the figures and
 * the two charts below are counted, between 220 and 520 px. On a 1280 × 720 projector the whole timeline,
 * charts included, then fits on screen; taller windows show more rows before scrolling.
 */
export function useGanttHeight(): number {
  const height = useSyncExternalStore(subscribe, viewportHeight, () => 800);
  const width = useSyncExternalStore(subscribe, viewportWidth, () => 1280);
  const presenting = useAppStore(selectPresenting);
  // Presenting: the Gantt takes the whole screen below the figures (the page is drawn at presentScale).
  if (presenting) return Math.round(Math.max(220, height / presentScale(width, height) - PRESENT_CHROME));
  return Math.round(Math.min(520, Math.max(220, height - 430)));
}
